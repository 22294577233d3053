using System.Text.RegularExpressions;

namespace Workbench.Cleaning;

/// <summary>Where a <see cref="CleaningRule"/>'s pattern applies.</summary>
public enum RuleScope
{
    /// <summary>A match anywhere in a line removes the whole line as chrome.</summary>
    Line,

    /// <summary>A match at the start of a line removes that prefix; the rest of the line stays.</summary>
    Prefix,

    /// <summary>A match at the end of a line removes that suffix; the rest of the line stays.</summary>
    Suffix,

    /// <summary>A matching line opens a related-article list that runs to the end of the text.</summary>
    Section,

    /// <summary>A metadata rule tried on every line before the related lists, chrome included; removes nothing.</summary>
    AnyLine,

    /// <summary>A metadata rule tried on the first line of the body only (datelines); removes nothing.</summary>
    FirstBodyLine,
}

/// <summary>
/// One rule from a data file under <c>data/knowledge/</c>: a chrome rule (<c>cleaning.jsonl</c>, <c>dates.jsonl</c>)
/// that removes text and classifies it as <see cref="Kind"/>, or a metadata rule (<c>cleaning-metadata.jsonl</c>) that
/// reads a value for <see cref="Field"/> from named groups (<c>outlet</c>, <c>place</c>, <c>y</c>/<c>m</c>/<c>d</c> …).
/// </summary>
/// <param name="Id">The rule's unique id; it is recorded as the rule of every removal and provenance it makes.</param>
/// <param name="Kind">The chrome class of what it removes (<c>caption</c>, <c>icon-run</c> …), or the field for metadata rules.</param>
/// <param name="Scope">Where the pattern applies.</param>
/// <param name="Pattern">The compiled pattern.</param>
/// <param name="Lang">The language of the pattern's words (<c>en</c>, <c>vi</c>) or <c>*</c>; informative only.</param>
/// <param name="Field">The metadata field the rule reads (<c>published</c>, <c>outlet</c>, <c>dateline</c>), or <see langword="null"/>.</param>
/// <param name="Value">A fixed value for <see cref="Field"/> (a template fingerprint names its outlet), or <see langword="null"/>.</param>
public sealed record CleaningRule(string Id, string Kind, RuleScope Scope, Regex Pattern, string Lang, string? Field, string? Value)
{
    /// <summary>Whether the rule takes text out of the body.</summary>
    public bool Removes => Scope is RuleScope.Line or RuleScope.Prefix or RuleScope.Suffix or RuleScope.Section;

    /// <summary>The longest line the rule can match (<c>max_chars</c> in the data file), or <see cref="int.MaxValue"/>.
    /// Longer lines — body paragraphs — skip the rule without running its pattern.</summary>
    public int MaxChars { get; init; } = int.MaxValue;

    /// <summary>The characters a matching line must start with, read from a pattern of the form <c>^literal</c> or
    /// <c>^(?:a…|b…)</c> (see <see cref="RuleFirstChars"/>), or <see langword="null"/>: a cheap test that spares
    /// most lines the regex.</summary>
    internal string? FirstChars { get; init; }
}
