using System.Buffers;

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
    public static Token[] Tokenize(string text)
    {
        // A text has at most one token per character: fill a pooled buffer, then copy out exactly the tokens found.
        var buffer = ArrayPool<Token>.Shared.Rent(text.Length + 1);
        var count = 0;
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
                buffer[count++] = new Token(start, i, true);
                continue;
            }
            if (!char.IsWhiteSpace(c))
            {
                buffer[count++] = new Token(i, i + 1, false);
            }
            i++;
        }
        var tokens = buffer.AsSpan(0, count).ToArray();
        ArrayPool<Token>.Shared.Return(buffer);
        return tokens;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || (c > '\u02FF' && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark);
}
