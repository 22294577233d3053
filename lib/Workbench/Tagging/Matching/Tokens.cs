namespace Workbench.Tagging.Matching;

/// <summary>A word (letters, digits, marks) or one punctuation character of a text.</summary>
internal readonly record struct Token(int Start, int End, bool IsWord)
{
    public bool IsCapitalized(string text) => IsWord && char.IsUpper(text[Start]);

    public bool Is(string text, string value) => text.AsSpan(Start, End - Start).Equals(value, StringComparison.OrdinalIgnoreCase);
}

/// <summary>Splits a text into <see cref="Token"/>s in one pass.</summary>
internal static class Tokenizer
{
    /// <summary>The tokens of <paramref name="text"/> in a pooled list the caller disposes (a text has at most one
    /// token per character, so the list never grows).</summary>
    public static PooledList<Token> Tokenize(string text)
    {
        var tokens = new PooledList<Token>(text.Length + 1);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                var start = i;
                while (i < text.Length && IsWordChar(text[i]))
                {
                    i++;
                }
                tokens.Add(new Token(start, i, true));
                continue;
            }
            if (!char.IsWhiteSpace(c))
            {
                tokens.Add(new Token(i, i + 1, false));
            }
            i++;
        }
        return tokens;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || (c > '\u02FF' && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark);
}
