using Workbench.Knowledge;

namespace Workbench.Tagging;

/// <summary>How overlapping matches of one annotation layer are settled.</summary>
public enum OverlapPolicy
{
    /// <summary>Longer matches win, then earlier ones ("Senior Lieutenant General" over "General").</summary>
    LongestFirst,

    /// <summary>The earliest match wins, then the longer one.</summary>
    FirstWins,

    /// <summary>Every match is kept (mentions may overlap).</summary>
    KeepAll,
}

/// <summary>Options for <see cref="Tagger"/>: which knowledge, which components, which overlap policy.</summary>
public sealed record TaggerOptions
{
    /// <summary>The knowledge to tag with; <see cref="KnowledgeBase.BuiltIn"/> by default.</summary>
    public KnowledgeBase Knowledge { get; init; } = KnowledgeBase.BuiltIn;

    /// <summary>Names of components to switch off (<c>gazetteer</c>, <c>dates</c>, <c>persons</c>, <c>coreference</c>,
    /// <c>events</c>, <c>topics</c>); see <see cref="Tagger.Components"/>.</summary>
    /// <example><c>new TaggerOptions { Disabled = ["topics"] }</c></example>
    public IReadOnlyCollection<string> Disabled { get; init; } = [];

    /// <summary>How overlapping gazetteer matches are settled; <see cref="OverlapPolicy.LongestFirst"/> by default.</summary>
    public OverlapPolicy EntityOverlap { get; init; } = OverlapPolicy.LongestFirst;
}
