namespace Workbench.Cleaning;

/// <summary>
/// Reads, from a rule's pattern text, the characters a match must start the line with, so the cleaner can reject most
/// lines without running the regex. Only the plainest form is understood — <c>^</c> then a literal character, or
/// <c>^(?:…|…)</c> whose every alternative starts with a literal character — and anything else (an escape, a class,
/// a nested group, an optional first element, inline options) gives no filter, so the filter is never wrong:
/// without <c>RegexOptions.IgnoreCase</c> and <c>Multiline</c> (the knowledge never sets them, and inline options
/// cannot precede the <c>^</c> this requires), such a pattern only matches a line that starts with one of them.
/// </summary>
internal static class RuleFirstChars
{
    private const string Meta = "\\()[]{}|.^$?*+#";

    /// <summary>The possible first characters of a match, or <see langword="null"/> when the pattern is not of the
    /// simple form (then every line must be tried).</summary>
    public static string? Of(string pattern)
    {
        if (pattern.Length < 2 || pattern[0] != '^' || HasTopLevelAlternation(pattern))
        {
            return null; // "^a|b" lets its second branch match anywhere
        }
        if (IsLiteral(pattern, 1))
        {
            return pattern[1].ToString();
        }
        if (!pattern.AsSpan(1).StartsWith("(?:", StringComparison.Ordinal))
        {
            return null;
        }
        var chars = "";
        var depth = 0;
        var alternativeStart = true;
        for (var i = 4; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (alternativeStart)
            {
                if (!IsLiteral(pattern, i))
                {
                    return null;
                }
                if (!chars.Contains(c, StringComparison.Ordinal))
                {
                    chars += c;
                }
                alternativeStart = false;
                continue;
            }
            switch (c)
            {
                case '\\':
                    i++; // an escaped character is never structure
                    break;
                case '[':
                    return null; // a class could hold ')' or '|'; not worth reading
                case '(':
                    depth++;
                    break;
                case ')' when depth > 0:
                    depth--;
                    break;
                case ')':
                    // The group closes: it must not be optional or repeated from zero.
                    return i + 1 < pattern.Length && pattern[i + 1] is '?' or '*' or '{' ? null : chars;
                case '|' when depth == 0:
                    alternativeStart = true;
                    break;
            }
        }
        return null;
    }

    /// <summary>Whether some <c>|</c> splits the whole pattern (or the pattern is too odd to tell).</summary>
    private static bool HasTopLevelAlternation(string pattern)
    {
        var depth = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    i = ClassEnd(pattern, i);
                    if (i < 0)
                    {
                        return true;
                    }
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    if (depth < 0)
                    {
                        return true;
                    }
                    break;
                case '|' when depth == 0:
                    return true;
            }
        }
        return depth != 0;
    }

    /// <summary>The index of the <c>]</c> closing the class opened at <paramref name="open"/>, or -1.</summary>
    private static int ClassEnd(string pattern, int open)
    {
        var i = open + 1;
        if (i < pattern.Length && pattern[i] == '^')
        {
            i++;
        }
        if (i < pattern.Length && pattern[i] == ']')
        {
            i++; // a ']' first is a literal
        }
        for (; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\')
            {
                i++;
            }
            else if (pattern[i] == ']')
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>Whether the character at <paramref name="i"/> is a plain literal that the pattern requires (not
    /// followed by a quantifier that allows zero of it).</summary>
    private static bool IsLiteral(string pattern, int i) =>
        i < pattern.Length && !Meta.Contains(pattern[i], StringComparison.Ordinal) && !char.IsWhiteSpace(pattern[i])
        && !(i + 1 < pattern.Length && pattern[i + 1] is '?' or '*' or '{');
}
