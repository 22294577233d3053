using System.Text.RegularExpressions;
using Workbench.Corpus;
using Workbench.Diagnostics;
using Workbench.Text;

namespace Workbench.Cleaning;

public static partial class ArticleCleaner
{
    /// <summary>How the cleaner runs rules: on spans first, so the common no-match case allocates nothing; a
    /// <see cref="System.Text.RegularExpressions.Match"/> (with its groups) is made only for a line a rule matched.</summary>
    /// <remarks>A span holding exactly the line is matched as the line's own string would be: anchors and lookbehinds
    /// see the same start and end, so the span and string results agree.</remarks>
    private sealed partial class State
    {
        /// <summary>Removes date stamps and other prefixes, and end markers and other suffixes; returns the range left.</summary>
        private (int Start, int End) StripEnds(int start, int end)
        {
            var changed = true;
            while (changed && end > start)
            {
                changed = false;
                foreach (var rule in k.Ends)
                {
                    var line = Text[start..end];
                    if (!TryMatch(rule, line, out var m) || m.Length == 0)
                    {
                        continue;
                    }
                    var removed = line.Slice(m.Index, m.Length);
                    if (rule.Scope == RuleScope.Prefix && m.Index == 0)
                    {
                        start += m.Length;
                        while (start < end && char.IsWhiteSpace(Text[start]))
                        {
                            start++;
                        }
                    }
                    else if (rule.Scope == RuleScope.Suffix && m.Index + m.Length == line.Length)
                    {
                        end = start + m.Index;
                        while (end > start && char.IsWhiteSpace(Text[end - 1]))
                        {
                            end--;
                        }
                    }
                    else
                    {
                        continue;
                    }
                    _removed.Add(rule.Kind, removed, rule.Id);
                    if (rule.Field == "published")
                    {
                        AddDate(Match(rule, line.ToString()), rule);
                    }
                    changed = true;
                }
            }
            return (start, end);
        }

        /// <summary>Whether one rule matches; a rule that runs past its time limit counts as no match and is reported,
        /// so one pathological pattern never stops a load.</summary>
        private bool IsMatch(CleaningRule rule, ReadOnlySpan<char> line)
        {
            if (!MayMatch(rule, line))
            {
                return false;
            }
            try
            {
                return rule.Pattern.IsMatch(line);
            }
            catch (RegexMatchTimeoutException)
            {
                TimedOut(rule);
                return false;
            }
        }

        /// <summary>The first match of one rule in the line, as <see cref="IsMatch"/> decides it.</summary>
        private bool TryMatch(CleaningRule rule, ReadOnlySpan<char> line, out ValueMatch match)
        {
            match = default;
            if (!MayMatch(rule, line))
            {
                return false;
            }
            try
            {
                foreach (var m in rule.Pattern.EnumerateMatches(line))
                {
                    match = m;
                    return true;
                }
                return false;
            }
            catch (RegexMatchTimeoutException)
            {
                TimedOut(rule);
                return false;
            }
        }

        /// <summary>The full match, with groups, of a rule on a line (a string only made once the rule is known to
        /// match, or for the few metadata lines).</summary>
        private Match Match(CleaningRule rule, string line)
        {
            if (!MayMatch(rule, line))
            {
                return System.Text.RegularExpressions.Match.Empty;
            }
            try
            {
                return rule.Pattern.Match(line);
            }
            catch (RegexMatchTimeoutException)
            {
                TimedOut(rule);
                return System.Text.RegularExpressions.Match.Empty;
            }
        }

        /// <summary>Whether the rule is to be tried on the line at all: not past its <c>max_chars</c>, and starting with a
        /// character its matches can start with.</summary>
        private static bool MayMatch(CleaningRule rule, ReadOnlySpan<char> line) => line.Length <= rule.MaxChars && CanStart(rule, line);

        /// <summary>Whether the line starts with a character the rule's matches can start with (always, when the
        /// pattern does not say).</summary>
        private static bool CanStart(CleaningRule rule, ReadOnlySpan<char> line) =>
            rule.FirstChars is not { } first || (line.Length > 0 && first.Contains(line[0], StringComparison.Ordinal));

        private void TimedOut(CleaningRule rule) =>
            _problems.Add(DiagnosticCatalog.InvalidRule.Create(raw.File, null,
                $"'{rule.Id}' ran past {CleaningKnowledge.MatchTimeout.TotalSeconds:0} s on a line of this file and was skipped there"));

        private void AddDate(Match m, CleaningRule rule)
        {
            if (DateReader.Read(m, k.Months) is { } d)
            {
                _dates.Add((d.Date, d.Time, rule.Id));
            }
        }

        /// <summary>The text of a range.</summary>
        private ReadOnlySpan<char> Of(TextSpan span) => Text[span.Start..span.End];
    }
}
