namespace Workbench.Tagging.Matching;

/// <summary>A word (letters, digits, marks) or one punctuation character of a text.</summary>
/// <remarks>What the tagger asks of most tokens (is it a word, does it start with a capital or a digit?) is answered
/// once, by the tokenizer, and kept in the token: the components ask it of every token again and again.</remarks>
internal readonly record struct Token
{
    private const byte WordBit = 1, CapitalBit = 2, DigitBit = 4;

    private readonly byte _kind;

    public Token(int start, int end, bool isWord, bool capitalized = false, bool digitFirst = false)
    {
        Start = start;
        End = end;
        _kind = (byte)((isWord ? WordBit : 0) | (isWord && capitalized ? CapitalBit : 0) | (isWord && digitFirst ? DigitBit : 0));
    }

    public int Start { get; }

    public int End { get; }

    public bool IsWord => (_kind & WordBit) != 0;

    /// <summary>Whether the token is a word whose first character is an upper-case letter.</summary>
    public bool IsCapitalized => (_kind & CapitalBit) != 0;

    /// <summary>Whether the token is a word whose first character is an ASCII digit.</summary>
    public bool StartsWithDigit => (_kind & DigitBit) != 0;

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
                var first = text[start];
                tokens.Add(new Token(start, i, true, char.IsUpper(first), char.IsAsciiDigit(first)));
                continue;
            }
            if (kind == Punctuation)
            {
                tokens.Add(new Token(i, i + 1, false));
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
