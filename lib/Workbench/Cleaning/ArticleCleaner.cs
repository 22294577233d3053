using System.Globalization;
using System.Text;
using Workbench.Corpus;
using Workbench.Diagnostics;
using Workbench.Text;

namespace Workbench.Cleaning;

/// <summary>
/// Turns a <see cref="RawArticle"/> into an <see cref="Article"/>: separates the body from page chrome with the data-file
/// rules, keeps every removal classified, reads title, published date, outlet, dateline and language (each with the
/// rule that produced it) and segments the body into paragraphs and sentences.
/// </summary>
/// <remarks>A pure function of the raw article and the knowledge: no I/O, no shared state, safe to run in parallel.</remarks>
public static partial class ArticleCleaner
{
    /// <summary>Cleans one article.</summary>
    /// <param name="raw">The article as read.</param>
    /// <param name="knowledge">The cleaning rules to apply.</param>
    /// <param name="diagnostics">Receives warnings about the article (an empty body), or <see langword="null"/>.</param>
    /// <returns>The clean article.</returns>
    /// <example><c>ArticleCleaner.Clean(new RawArticle("a", "a.txt", text, "utf-8"), CleaningKnowledge.BuiltIn)</c></example>
    public static Article Clean(RawArticle raw, CleaningKnowledge knowledge, ICollection<Diagnostic>? diagnostics = null)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(knowledge);
        var text = TextNormalizer.Normalize(raw.Text);
        var lines = text.Split('\n');
        var state = new State(raw, knowledge, text.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            if (state.InSection)
            {
                state.SectionLine(lines[i]);
            }
            else
            {
                state.Line(lines[i]);
                if (state.InSection)
                {
                    state.HeadEnd = i;
                }
            }
        }
        return state.Finish(lines, diagnostics);
    }

    private sealed partial class State(RawArticle raw, CleaningKnowledge k, int capacity)
    {
        private readonly List<RemovedText> _removed = [.. raw.Removed];
        private readonly List<string> _related = [];
        private readonly HashSet<string> _relatedSeen = new(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> _bodySeen = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<(DateOnly Date, TimeOnly? Time, string Rule)> _dates = [];
        private CharBuffer _body = new(capacity);
        private readonly List<Provenance> _provenance = [.. raw.Provenance];
        private readonly List<Diagnostic> _problems = [];
        private string? _title = raw.Title is null ? null : TextNormalizer.Normalize(raw.Title).Trim();
        private bool _titleDecided = raw.Title is not null;
        private bool _gap;
        private string? _firstBodyLine;
        private CleaningRule? _section;

        public bool InSection => _section is not null;

        public int HeadEnd { get; set; } = int.MaxValue;

        public void Line(string line)
        {
            if (line.Length == 0)
            {
                _gap = true;
                return;
            }
            line = StripEnds(line);
            if (line.Length == 0)
            {
                _gap = true;
                return;
            }
            foreach (var rule in k.Lines)
            {
                var m = Match(rule, line);
                if (!m.Success)
                {
                    continue;
                }
                _removed.Add(new RemovedText(rule.Kind, line, rule.Id));
                if (rule.Scope == RuleScope.Section)
                {
                    _section = rule;
                }
                else if (rule.Field == "published")
                {
                    AddDate(m, rule);
                }
                _gap = true;
                return;
            }
            if (!_titleDecided)
            {
                _titleDecided = true;
                if (Headline.Looks(line))
                {
                    _title = line;
                    _removed.Add(new RemovedText("headline", line, "title:first-line"));
                    _provenance.Add(new Provenance("title", line, "title:first-line"));
                    _gap = true;
                    return;
                }
            }
            if (_title is not null && string.Equals(line, _title, StringComparison.OrdinalIgnoreCase))
            {
                _removed.Add(new RemovedText("duplicate-headline", line, "duplicate:headline"));
                _gap = true;
                return;
            }
            if (!_bodySeen.Add(line))
            {
                _removed.Add(new RemovedText("duplicate-line", line, "duplicate:line"));
                _gap = true;
                return;
            }
            if (_body.Length > 0)
            {
                _body.Append(_gap ? "\n\n" : "\n");
            }
            _gap = false;
            _firstBodyLine ??= line;
            _body.Append(line);
        }

        public void SectionLine(string line)
        {
            if (line.Length == 0)
            {
                return;
            }
            foreach (var rule in k.Sections)
            {
                if (Match(rule, line).Success)
                {
                    _section = rule;
                    _removed.Add(new RemovedText(rule.Kind, line, rule.Id));
                    return;
                }
            }
            if (Headline.Looks(line))
            {
                if (_relatedSeen.Add(line))
                {
                    _related.Add(line);
                }
                _removed.Add(new RemovedText("related-headline", line, _section!.Id));
            }
            else
            {
                _removed.Add(new RemovedText("related-teaser", line, _section!.Id));
            }
        }

        /// <summary>Removes date stamps and other prefixes, and end markers and other suffixes.</summary>
        private string StripEnds(string line)
        {
            var changed = true;
            while (changed && line.Length > 0)
            {
                changed = false;
                foreach (var rule in k.Ends)
                {
                    var m = Match(rule, line);
                    if (!m.Success || m.Length == 0)
                    {
                        continue;
                    }
                    if (rule.Scope == RuleScope.Prefix && m.Index == 0)
                    {
                        line = line[m.Length..].TrimStart();
                    }
                    else if (rule.Scope == RuleScope.Suffix && m.Index + m.Length == line.Length)
                    {
                        line = line[..m.Index].TrimEnd();
                    }
                    else
                    {
                        continue;
                    }
                    _removed.Add(new RemovedText(rule.Kind, m.Value, rule.Id));
                    if (rule.Field == "published")
                    {
                        AddDate(m, rule);
                    }
                    changed = true;
                }
            }
            return line;
        }

        /// <summary>Matches one rule; a rule that runs past its time limit counts as no match and is reported, so
        /// one pathological pattern never stops a load.</summary>
        private System.Text.RegularExpressions.Match Match(CleaningRule rule, string line)
        {
            if (line.Length > rule.MaxChars)
            {
                return System.Text.RegularExpressions.Match.Empty;
            }
            try
            {
                return rule.Pattern.Match(line);
            }
            catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
            {
                _problems.Add(DiagnosticCatalog.InvalidRule.Create(raw.File, null,
                    $"'{rule.Id}' ran past {CleaningKnowledge.MatchTimeout.TotalSeconds:0} s on a line of this file and was skipped there"));
                return System.Text.RegularExpressions.Match.Empty;
            }
        }

        private void AddDate(System.Text.RegularExpressions.Match m, CleaningRule rule)
        {
            if (DateReader.Read(m, k.Months) is { } d)
            {
                _dates.Add((d.Date, d.Time, rule.Id));
            }
        }
    }
}
