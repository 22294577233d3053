using System.Buffers;
using Workbench.Corpus;
using Workbench.Diagnostics;
using Workbench.Text;

namespace Workbench.Cleaning;

/// <summary>
/// Turns a <see cref="RawArticle"/> into an <see cref="Article"/>: separates the body from page chrome with the data-file
/// rules, keeps every removal classified, reads title, published date, outlet, dateline and language (each with the
/// rule that produced it) and segments the body into paragraphs and sentences.
/// </summary>
/// <remarks>A pure function of the raw article and the knowledge: no I/O, no shared state, safe to run in parallel.
/// Lines are walked as ranges of the normalised text, never split into strings: what is removed goes into one pooled
/// buffer that becomes one UTF-8 array per article (<see cref="RemovedTextList"/>), the body into another, and a string of
/// a line is made only when a rule that matched must hand out its groups.</remarks>
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
        return CleanDecoded(raw, knowledge, raw.Text.AsMemory(), diagnostics);
    }

    /// <summary>Cleans an article whose decoded text is given apart from it (a loader's pooled buffer; then
    /// <see cref="RawArticle.Text"/> is not read); nothing returned refers to <paramref name="decoded"/>.</summary>
    internal static Article CleanDecoded(RawArticle raw, CleaningKnowledge knowledge, ReadOnlyMemory<char> decoded, ICollection<Diagnostic>? diagnostics)
    {
        var text = TextNormalizer.Normalize(decoded, out var rented);
        try
        {
            return Clean(raw, knowledge, text, diagnostics);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Cleans the normalised text of an article; nothing returned refers to <paramref name="text"/>.</summary>
    private static Article Clean(RawArticle raw, CleaningKnowledge knowledge, ReadOnlyMemory<char> text, ICollection<Diagnostic>? diagnostics)
    {
        var state = new State(raw, knowledge, text);
        var lineNumber = 0;
        var start = 0;
        while (true)
        {
            var newline = text.Span[start..].IndexOf('\n');
            var end = newline < 0 ? text.Length : start + newline;
            if (state.InSection)
            {
                state.SectionLine(start, end);
            }
            else
            {
                state.Line(start, end);
                if (state.InSection)
                {
                    state.HeadEnd = lineNumber;
                }
            }
            if (newline < 0)
            {
                break;
            }
            start = end + 1;
            lineNumber++;
        }
        return state.Finish(diagnostics);
    }

    private sealed partial class State(RawArticle raw, CleaningKnowledge k, ReadOnlyMemory<char> text)
    {
        private readonly RemovedTextList.Builder _removed = Removed(raw, text.Length);
        private readonly List<int> _related = [];
        private readonly LineSet _relatedSeen = new(text);
        private readonly LineSet _bodySeen = new(text);
        private readonly List<(DateOnly Date, TimeOnly? Time, string Rule)> _dates = [];
        private CharBuffer _body = new(text.Length);
        private readonly List<Provenance> _provenance = [.. raw.Provenance];
        private readonly List<Diagnostic> _problems = [];
        private string? _title = raw.Title is null ? null : TextNormalizer.Normalize(raw.Title).Trim();
        private bool _titleDecided = raw.Title is not null;
        private bool _gap;
        private TextSpan? _firstBodyLine;
        private CleaningRule? _section;

        public bool InSection => _section is not null;

        /// <summary>The normalised text the line ranges refer to.</summary>
        private ReadOnlySpan<char> Text => text.Span;

        public int HeadEnd { get; set; } = int.MaxValue;

        /// <summary>A line of the head (before any related list), as the range [start, end) of the text.</summary>
        public void Line(int start, int end)
        {
            if (start < end)
            {
                (start, end) = StripEnds(start, end);
            }
            if (start == end)
            {
                _gap = true;
                return;
            }
            var line = Text[start..end];
            foreach (var rule in k.Lines)
            {
                if (!IsMatch(rule, line))
                {
                    continue;
                }
                _removed.Add(rule.Kind, line, rule.Id);
                if (rule.Scope == RuleScope.Section)
                {
                    _section = rule;
                }
                else if (rule.Field == "published")
                {
                    AddDate(Match(rule, line.ToString()), rule);
                }
                _gap = true;
                return;
            }
            if (!_titleDecided)
            {
                _titleDecided = true;
                if (Headline.Looks(line))
                {
                    _title = line.ToString();
                    _removed.Add("headline", line, "title:first-line");
                    _provenance.Add(new Provenance("title", _title, "title:first-line"));
                    _gap = true;
                    return;
                }
            }
            if (_title is not null && line.Equals(_title, StringComparison.OrdinalIgnoreCase))
            {
                _removed.Add("duplicate-headline", line, "duplicate:headline");
                _gap = true;
                return;
            }
            if (!_bodySeen.Add(start, end))
            {
                _removed.Add("duplicate-line", line, "duplicate:line");
                _gap = true;
                return;
            }
            if (_body.Length > 0)
            {
                _body.Append(_gap ? "\n\n" : "\n");
            }
            _gap = false;
            _firstBodyLine ??= new TextSpan(start, end);
            _body.Append(line);
        }

        /// <summary>A line inside a related-article list, as the range [start, end) of the text.</summary>
        public void SectionLine(int start, int end)
        {
            if (start == end)
            {
                return;
            }
            var span = Text[start..end];
            foreach (var rule in k.Sections)
            {
                if (IsMatch(rule, span))
                {
                    _section = rule;
                    _removed.Add(rule.Kind, span, rule.Id);
                    return;
                }
            }
            if (Headline.Looks(span))
            {
                if (_relatedSeen.Add(start, end))
                {
                    _related.Add(_removed.Count);
                }
                _removed.Add("related-headline", span, _section!.Id);
            }
            else
            {
                _removed.Add("related-teaser", span, _section!.Id);
            }
        }

        /// <summary>A builder for the article's removed text, holding what the reader already took out.</summary>
        private static RemovedTextList.Builder Removed(RawArticle raw, int length)
        {
            var removed = new RemovedTextList.Builder(length / 2);
            removed.AddRange(raw.Removed);
            return removed;
        }
    }
}
