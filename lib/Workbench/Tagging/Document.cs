using Workbench.Corpus;

namespace Workbench.Tagging;

/// <summary>
/// An article and what the tagger found in it: character-offset <see cref="Spans"/> over <see cref="Article.Body"/>
/// (spaCy's Doc idea), the people resolved in it, its events and topics. Each pipeline component adds one kind of
/// annotation: spans into the document's working span list (copied into <see cref="Spans"/> once, when the pipeline is
/// done), people, events and topics into a new document (<c>with</c>).
/// </summary>
/// <param name="Article">The cleaned article.</param>
/// <param name="Spans">Annotations over the body, ordered by start; mentions may overlap, entity spans do not.</param>
/// <param name="People">The people of this article, with the rank, position and country it gives them.</param>
/// <param name="Events">The events found, one per type and set of participants.</param>
/// <param name="Topics">The topics the text names, from the controlled vocabulary, sorted.</param>
public sealed record Document(
    Article Article,
    IReadOnlyList<Span> Spans,
    IReadOnlyList<PersonInfo> People,
    IReadOnlyList<Event> Events,
    IReadOnlyList<string> Topics)
{
    /// <summary>A document with no annotations yet.</summary>
    /// <param name="article">The article.</param>
    /// <returns>The empty document.</returns>
    public static Document From(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new(article, [], [], [], []);
    }

    /// <summary>The spans with label <paramref name="label"/> (<c>person</c>, <c>country</c>, <c>date</c> …).</summary>
    /// <param name="label">The label.</param>
    /// <returns>The spans, in text order.</returns>
    public IEnumerable<Span> SpansOf(string label) => Spans.Where(s => s.Label == label);

    /// <summary>The index of the sentence holding <paramref name="offset"/>, or -1 outside every sentence.</summary>
    /// <param name="offset">A UTF-16 offset into the body.</param>
    /// <returns>The 0-based sentence index.</returns>
    public int SentenceAt(int offset)
    {
        var sentences = Article.Sentences;
        int lo = 0, hi = sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (offset < sentences[mid].Start)
            {
                hi = mid - 1;
            }
            else if (offset >= sentences[mid].End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }
        return -1;
    }
}

/// <summary>One annotation: a labelled range of the body with the canonical id it refers to.</summary>
/// <remarks>A value, not an object: a corpus holds hundreds of thousands of spans, and as values they cost no object and
/// no pointer each. So <c>default(Span)</c> (what <c>FirstOrDefault</c> gives when nothing matches) is no span at all:
/// its <see cref="Label"/> is null. Ask with <c>Any</c>, or <c>Cast&lt;Span?&gt;().FirstOrDefault()</c>, when a search
/// may find nothing. The label and the rule, a few dozen words for a whole corpus, are kept as small numbers of a table
/// shared by every span (a span is 32 bytes, not 40, and holds two references for the collector to trace, not four);
/// they read back as the very strings given.</remarks>
public readonly record struct Span
{
    private readonly ushort _label;
    private readonly ushort _rule;

    /// <summary>A span of <paramref name="Label"/> from <paramref name="Start"/> to <paramref name="End"/>.</summary>
    /// <param name="Start">UTF-16 offset of the first character.</param>
    /// <param name="End">Offset one past the last character.</param>
    /// <param name="Label">What it is: <c>person</c>, <c>country</c>, <c>organization</c>, <c>place</c>, <c>date</c>,
    /// <c>rank</c>, <c>position</c>, <c>trigger</c>, <c>topic</c> ….</param>
    /// <param name="Id">The canonical id (<c>person:phan-van-giang</c>, <c>country:RU</c>, <c>date:--05-12</c>, <c>topic:training</c>).</param>
    /// <param name="Rule">Which rule found it (<c>gazetteer</c>, <c>title-chain</c>, <c>short-ref</c>, <c>description</c> …).</param>
    /// <param name="Country">The ISO country of the thing named, when known.</param>
    public Span(int Start, int End, string Label, string Id, string Rule, string? Country = null)
    {
        this.Start = Start;
        this.End = End;
        _label = SpanTags.Of(Label);
        this.Id = Id;
        _rule = SpanTags.Of(Rule);
        this.Country = Country;
    }

    /// <summary>UTF-16 offset of the first character.</summary>
    public int Start { get; init; }

    /// <summary>Offset one past the last character.</summary>
    public int End { get; init; }

    /// <summary>What it is: <c>person</c>, <c>country</c>, <c>organization</c>, <c>place</c>, <c>date</c>, <c>rank</c>,
    /// <c>position</c>, <c>trigger</c>, <c>topic</c> …; null only for <c>default(Span)</c>.</summary>
    public string Label
    {
        get => SpanTags.Name(_label)!;
        init => _label = SpanTags.Of(value);
    }

    /// <summary>The canonical id (<c>person:phan-van-giang</c>, <c>country:RU</c>, <c>date:--05-12</c>, <c>topic:training</c>).</summary>
    public string Id { get; init; }

    /// <summary>Which rule found it (<c>gazetteer</c>, <c>title-chain</c>, <c>short-ref</c>, <c>description</c> …).</summary>
    public string Rule
    {
        get => SpanTags.Name(_rule)!;
        init => _rule = SpanTags.Of(value);
    }

    /// <summary>The ISO country of the thing named, when known.</summary>
    public string? Country { get; init; }

    /// <summary>The text this span covers in <paramref name="body"/>.</summary>
    /// <param name="body">The article body.</param>
    /// <returns>The surface text.</returns>
    public string Of(string body) => body[Start..End];

    /// <summary>The span's parts, in the constructor's order (<c>var (start, end, label, id, rule, country) = span</c>).</summary>
    public void Deconstruct(out int Start, out int End, out string Label, out string Id, out string Rule, out string? Country) =>
        (Start, End, Label, Id, Rule, Country) = (this.Start, this.End, this.Label, this.Id, this.Rule, this.Country);
}

/// <summary>A person as one article presents them.</summary>
/// <param name="Id">The canonical id, <c>person:</c> and the folded name (<c>person:phan-van-giang</c>).</param>
/// <param name="Name">The name as written in full in this article.</param>
/// <param name="Rank">The canonical English rank ("Senior Lieutenant General"), or <see langword="null"/>.</param>
/// <param name="Position">The canonical English position ("Minister of National Defence"), or <see langword="null"/>.</param>
/// <param name="Country">The ISO country, or <see langword="null"/>.</param>
public sealed record PersonInfo(string Id, string Name, string? Rank, string? Position, string? Country);
