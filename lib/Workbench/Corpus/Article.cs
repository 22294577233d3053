using Workbench.Text;

namespace Workbench.Corpus;

/// <summary>
/// One cleaned article: the body with page chrome removed, its metadata (each value with the rule that found it),
/// and its segmentation into paragraphs and sentences as spans over <see cref="Body"/>.
/// </summary>
/// <remarks>
/// An <see cref="Article"/> never loses text: whatever cleaning took out of the raw page is kept, classified, in
/// <see cref="Removed"/>, and related-article link lists are kept as <see cref="RelatedHeadlines"/>. Offsets in
/// <see cref="Paragraphs"/>, <see cref="Sentences"/> and every later annotation are UTF-16 offsets into <see cref="Body"/>.
/// </remarks>
/// <param name="Id">A stable identifier: the file name without extension, or the <c>id</c> field of a JSONL line.</param>
/// <param name="File">The file the article came from, relative to the folder that was loaded.</param>
/// <param name="Language">The ISO 639-1 code of the body's language: <c>en</c> or <c>vi</c>.</param>
/// <param name="Title">The headline, or <see langword="null"/> when the page has none (never invented).</param>
/// <param name="Published">The publication date, or <see langword="null"/> when the text gives none (never invented).</param>
/// <param name="PublishedTime">The publication time of day when the page gives one.</param>
/// <param name="Outlet">The publishing outlet (VOV, RT, VNA, baochinhphu.vn, Vietnam+ …), or <see langword="null"/>.</param>
/// <param name="Dateline">The dateline place ("Hanoi" in "Hanoi (VNA) –"), or <see langword="null"/>.</param>
/// <param name="Url">The source URL when the input carried one.</param>
/// <param name="Body">The clean body text: NFC-normalised, whitespace tidied, one paragraph per line block.</param>
/// <param name="Paragraphs">The paragraphs of <see cref="Body"/>, in order.</param>
/// <param name="Sentences">The sentences of <see cref="Body"/>, in order.</param>
/// <param name="RelatedHeadlines">Headlines of the related-article lists the page carried (not part of the body).</param>
/// <param name="Removed">Everything cleaning took out of the raw text, classified (from the cleaner, a compact
/// <see cref="RemovedTextList"/>; <see cref="RelatedHeadlines"/> reads its headlines from the same store).</param>
/// <param name="Provenance">For each metadata field, the rule that produced its value.</param>
/// <param name="Encoding">The name of the text encoding the file was decoded with (<c>utf-8</c>, <c>utf-16LE</c>, <c>windows-1258</c> …).</param>
public sealed record Article(
    string Id,
    string File,
    string Language,
    string? Title,
    DateOnly? Published,
    TimeOnly? PublishedTime,
    string? Outlet,
    string? Dateline,
    string? Url,
    string Body,
    IReadOnlyList<TextSpan> Paragraphs,
    IReadOnlyList<TextSpan> Sentences,
    IReadOnlyList<string> RelatedHeadlines,
    IReadOnlyList<RemovedText> Removed,
    IReadOnlyList<Provenance> Provenance,
    string Encoding);

/// <summary>A piece of raw text that cleaning removed from the body, with what kind of chrome it was.</summary>
/// <param name="Kind">The chrome class, a label from the cleaning rules (<c>icon-run</c>, <c>duplicate-headline</c>,
/// <c>related-list</c>, <c>follow-us</c>, <c>caption</c>, <c>source-line</c>, <c>end-marker</c> …).</param>
/// <param name="Text">The removed text, exactly as it stood in the raw input.</param>
/// <param name="Rule">The id of the rule that removed it.</param>
public sealed record RemovedText(string Kind, string Text, string Rule);

/// <summary>Where a metadata value came from: the field, the value, and the rule that produced it.</summary>
/// <param name="Field">The metadata field (<c>title</c>, <c>published</c>, <c>outlet</c>, <c>dateline</c>, <c>language</c>).</param>
/// <param name="Value">The value as text.</param>
/// <param name="Rule">The id of the rule or heuristic that produced it (e.g. <c>outlet:dateline-vna</c>).</param>
public sealed record Provenance(string Field, string Value, string Rule);
