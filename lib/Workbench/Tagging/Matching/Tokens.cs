namespace Workbench.Tagging.Matching;

/// <summary>A word (letters, digits, marks) or one punctuation character of a text.</summary>
/// <remarks>What the tagger asks of most tokens (is it a word, does it start with a capital or a digit?) is answered
/// once, by the tokenizer, and kept in the token: the components ask it of every token again and again.</remarks>
internal readonly record struct Token
{
    private const byte WordBit = 1, CapitalBit = 2, DigitBit = 4;

    private readonly byte _kind;

    private Token(int start, int end, byte kind)
    {
        Start = start;
        End = end;
        _kind = kind;
    }

    public int Start { get; }

    public int End { get; }

    public bool IsWord => (_kind & WordBit) != 0;

    /// <summary>Whether the token is a word whose first character is an upper-case letter.</summary>
    public bool IsCapitalized => (_kind & CapitalBit) != 0;

    /// <summary>Whether the token is a word whose first character is an ASCII digit.</summary>
    public bool StartsWithDigit => (_kind & DigitBit) != 0;

    /// <summary>The word from <paramref name="start"/> to <paramref name="end"/> of <paramref name="text"/>, its first
    /// character read for a capital or a digit.</summary>
    public static Token Word(string text, int start, int end)
    {
        var first = text[start];
        return new(start, end, (byte)(WordBit | (char.IsUpper(first) ? CapitalBit : 0) | (char.IsAsciiDigit(first) ? DigitBit : 0)));
    }

    /// <summary>The punctuation character at <paramref name="at"/>.</summary>
    public static Token Punctuation(int at) => new(at, at + 1, 0);

    /// <summary>Whether the token is <paramref name="value"/>, in any case; the lengths are compared first, as most
    /// tokens asked about (is this a comma, "the", a full stop?) are not.</summary>
    public bool Is(string text, string value) =>
        End - Start == value.Length && text.AsSpan(Start, End - Start).Equals(value, StringComparison.OrdinalIgnoreCase);
}

/// <summary>Splits a text into <see cref="Token"/>s in one pass.</summary>
/// <remarks>What each character is (part of a word, white space, or punctuation) is read from a table made once over
/// every UTF-16 character, not asked of the Unicode data for every character of every body.</remarks>
internal static class Tokenizer
{
    private const byte Space = 0, Word = 1, Punctuation = 2;

    private static readonly byte[] s_kinds = BuildKinds();

    /// <summary>The tokens of <paramref name="text"/> in a pooled list the caller disposes (a text has at most one
    /// token per character, so the list never grows).</summary>
    public static PooledList<Token> Tokenize(string text)
    {
        var tokens = new PooledList<Token>(text.Length + 1);
        var i = 0;
        while (i < text.Length)
        {
            var kind = s_kinds[text[i]];
            if (kind == Word)
            {
                var start = i;
                while (i < text.Length && s_kinds[text[i]] == Word)
                {
                    i++;
                }
                tokens.Add(Token.Word(text, start, i));
                continue;
            }
            if (kind == Punctuation)
            {
                tokens.Add(Token.Punctuation(i));
            }
            i++;
        }
        return tokens;
    }

    private static byte[] BuildKinds()
    {
        var kinds = new byte[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            kinds[i] = IsWordChar(c) ? Word : char.IsWhiteSpace(c) ? Space : Punctuation;
        }
        return kinds;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || (c > '\u02FF' && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark);
}
