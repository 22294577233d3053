namespace Workbench.Corpus;

/// <summary>
/// An article as a reader found it, before cleaning: the decoded text and whatever metadata the container carried
/// (a JSONL line's fields, an HTML page's <c>&lt;h1&gt;</c> and meta tags). Cleaning turns it into an <see cref="Article"/>.
/// </summary>
/// <param name="Id">The article id.</param>
/// <param name="File">The file it came from, relative to the loaded folder.</param>
/// <param name="Text">The decoded text, page chrome and all.</param>
/// <param name="Encoding">The name of the encoding the bytes were decoded with.</param>
public sealed record RawArticle(string Id, string File, string Text, string Encoding)
{
    /// <summary>The headline the container gave, if any; it wins over the first-line heuristic.</summary>
    public string? Title { get; init; }

    /// <summary>The publication date the container gave, if any.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>The publication time the container gave, if any.</summary>
    public TimeOnly? PublishedTime { get; init; }

    /// <summary>The source URL, if any.</summary>
    public string? Url { get; init; }

    /// <summary>The outlet the container named, if any.</summary>
    public string? Outlet { get; init; }

    /// <summary>The language the container named (<c>en</c>, <c>vi</c>), if any.</summary>
    public string? Language { get; init; }

    /// <summary>Where each container-given value came from (<c>jsonl:title</c>, <c>html:og:title</c> …).</summary>
    public IReadOnlyList<Provenance> Provenance { get; init; } = [];

    /// <summary>What the reader already took out (an HTML page's navigation and footer), classified.</summary>
    public IReadOnlyList<RemovedText> Removed { get; init; } = [];
}
