namespace Workbench.Cleaning;

/// <summary>
/// Tells, from a rule's pattern text, whether the backtracking engine could take exponential time on it, so only
/// such a pattern carries the match timeout. A timeout is not free: with one, every match call reads the clock and the
/// matcher checks it as it goes, which on the cleaner's many short per-line calls cost more than the matching itself.
/// </summary>
/// <remarks>Exponential blow-up needs a quantified group whose body can match one text in more than one way — a
/// quantifier or an alternation inside a group that is itself repeated (<c>(a+)+</c>, <c>(a|ab)*</c>) — or a
/// backreference. Anything else (sequences of quantifiers, bounded or lazy ones, lookarounds without such a group) is at
/// worst polynomial in the length of a line. The reading errs on the side of a timeout: whatever it does not
/// understand counts as risky.</remarks>
internal static class RuleBacktracking
{
    /// <summary>Whether <paramref name="pattern"/> needs the match timeout.</summary>
    public static bool IsRisky(string pattern)
    {
        // One entry per open group: whether its body can match in more than one way (a repeat or an alternation).
        var groups = new Stack<bool>();
        groups.Push(false);
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            switch (c)
            {
                case '\\':
                    if (i + 1 >= pattern.Length || IsBackreference(pattern, i + 1))
                    {
                        return true;
                    }
                    i = SkipEscape(pattern, i);
                    i = Quantified(pattern, i, groups, inner: false, out var risky1);
                    if (risky1)
                    {
                        return true;
                    }
                    continue;
                case '[':
                    i = SkipClass(pattern, i);
                    if (i < 0)
                    {
                        return true;
                    }
                    break;
                case '(':
                    if (pattern.AsSpan(i).StartsWith("(?#", StringComparison.Ordinal) || IsConditional(pattern, i))
                    {
                        return true; // comments and conditionals: not worth reading
                    }
                    groups.Push(false);
                    i = SkipGroupOpening(pattern, i);
                    continue;
                case ')':
                    if (groups.Count == 1)
                    {
                        return true;
                    }
                    var inner = groups.Pop();
                    i = Quantified(pattern, i + 1, groups, inner, out var risky2);
                    if (risky2)
                    {
                        return true;
                    }
                    continue;
                case '|':
                    MarkVariable(groups);
                    i++;
                    continue;
                default:
                    i++;
                    break;
            }
            i = Quantified(pattern, i, groups, inner: false, out var risky3);
            if (risky3)
            {
                return true;
            }
        }
        return groups.Count != 1;
    }

    /// <summary>Reads an optional quantifier at <paramref name="i"/> after an element; <paramref name="risky"/> when
    /// it repeats an element (<paramref name="inner"/>) that can itself match in more than one way.</summary>
    private static int Quantified(string pattern, int i, Stack<bool> groups, bool inner, out bool risky)
    {
        risky = false;
        if (inner)
        {
            MarkVariable(groups); // the enclosing group now holds a variable part
        }
        if (i >= pattern.Length)
        {
            return i;
        }
        int max;
        var next = i;
        switch (pattern[i])
        {
            case '*':
            case '+':
                max = int.MaxValue;
                next = i + 1;
                break;
            case '?':
                max = 1;
                next = i + 1;
                break;
            case '{' when TryReadBraces(pattern, i, out max, out next):
                break;
            default:
                return i;
        }
        if (next < pattern.Length && (pattern[next] == '?' || pattern[next] == '+'))
        {
            next++; // lazy or possessive form
        }
        if (max > 1)
        {
            risky = inner;
            MarkVariable(groups);
        }
        return next;
    }

    private static void MarkVariable(Stack<bool> groups)
    {
        groups.Pop();
        groups.Push(true);
    }

    /// <summary>Reads <c>{n}</c>, <c>{n,}</c> or <c>{n,m}</c>; a brace that is not a quantifier is a literal.</summary>
    private static bool TryReadBraces(string pattern, int i, out int max, out int next)
    {
        max = 0;
        next = i;
        var close = pattern.IndexOf('}', i);
        if (close < 0)
        {
            return false;
        }
        var body = pattern.AsSpan(i + 1, close - i - 1);
        var comma = body.IndexOf(',');
        var low = comma < 0 ? body : body[..comma];
        if (!int.TryParse(low, out var n))
        {
            return false;
        }
        if (comma < 0)
        {
            max = n;
        }
        else if (body[(comma + 1)..].IsEmpty)
        {
            max = int.MaxValue;
        }
        else if (!int.TryParse(body[(comma + 1)..], out max))
        {
            return false;
        }
        next = close + 1;
        return true;
    }

    private static bool IsBackreference(string pattern, int i) =>
        char.IsAsciiDigit(pattern[i]) && pattern[i] != '0' || pattern[i] == 'k';

    private static bool IsConditional(string pattern, int i) =>
        pattern.AsSpan(i).StartsWith("(?(", StringComparison.Ordinal);

    /// <summary>The index after an escape at <paramref name="i"/> (<c>\p{…}</c>, <c>\x41</c>, <c>\.</c> …).</summary>
    private static int SkipEscape(string pattern, int i)
    {
        var c = pattern[i + 1];
        if ((c is 'p' or 'P') && i + 2 < pattern.Length && pattern[i + 2] == '{')
        {
            var close = pattern.IndexOf('}', i + 2);
            return close < 0 ? pattern.Length : close + 1;
        }
        return i + 2;
    }

    /// <summary>The index after a character class opening at <paramref name="i"/>, or -1 when it does not close.</summary>
    private static int SkipClass(string pattern, int i)
    {
        var j = i + 1;
        if (j < pattern.Length && pattern[j] == '^')
        {
            j++;
        }
        if (j < pattern.Length && pattern[j] == ']')
        {
            j++; // a leading ']' is literal
        }
        while (j < pattern.Length)
        {
            switch (pattern[j])
            {
                case '\\':
                    j += 2;
                    break;
                case '[':
                    return -1; // subtraction: not worth reading
                case ']':
                    return j + 1;
                default:
                    j++;
                    break;
            }
        }
        return -1;
    }

    /// <summary>The index after a group's opening: <c>(</c>, <c>(?:</c>, <c>(?&lt;name&gt;</c>, a lookaround or options.</summary>
    private static int SkipGroupOpening(string pattern, int i)
    {
        if (i + 1 >= pattern.Length || pattern[i + 1] != '?')
        {
            return i + 1;
        }
        var j = i + 2;
        if (j < pattern.Length && (pattern[j] == '<' || pattern[j] == '\'') && j + 1 < pattern.Length && pattern[j + 1] is not ('=' or '!'))
        {
            var close = pattern.IndexOfAny(['>', '\''], j + 1);
            return close < 0 ? pattern.Length : close + 1;
        }
        while (j < pattern.Length && pattern[j] is not (':' or '=' or '!' or ')' or '>'))
        {
            j++; // options (?i: …), lookbehind '<'
        }
        return j < pattern.Length && pattern[j] != ')' ? j + 1 : j;
    }
}
