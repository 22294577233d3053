using Workbench.Cleaning;
using Workbench.Diagnostics;
using Workbench.Tagging.Matching;

namespace Workbench.Knowledge;

/// <summary>
/// Everything the tagger knows, read from the data files in <c>data/knowledge/</c>: countries with demonyms, places,
/// organisations, ranks, positions, event triggers and topic patterns in English and Vietnamese.
/// </summary>
/// <remarks>The files are built into the library, so <see cref="BuiltIn"/> works offline anywhere; <see cref="Load"/>
/// reads a folder instead, so users can extend the knowledge without recompiling. Bad rows become
/// <see cref="Diagnostics"/> (WB020–WB023) and are skipped.</remarks>
public sealed class KnowledgeBase
{
    private static readonly Lazy<KnowledgeBase> s_builtIn = new(() => KnowledgeLoader.Load(KnowledgeFiles.BuiltIn));
    private readonly Lazy<AliasMatcher> _matcher;

    internal KnowledgeBase(KnowledgeData data, IReadOnlyList<Diagnostic> diagnostics, string source)
    {
        Data = data;
        Diagnostics = diagnostics;
        Source = source;
        _matcher = new(() => new AliasMatcher(data.Aliases));
    }

    /// <summary>The knowledge built into the library (the files of <c>data/knowledge/</c> at build time).</summary>
    /// <example><c>Tagger.Tag(corpus, new TaggerOptions { Knowledge = KnowledgeBase.BuiltIn })</c></example>
    public static KnowledgeBase BuiltIn => s_builtIn.Value;

    /// <summary>Reads the knowledge files from <paramref name="directory"/>.</summary>
    /// <param name="directory">A folder holding <c>countries.tsv</c>, <c>ranks.tsv</c> … (a copy of <c>data/knowledge</c>).</param>
    /// <returns>The knowledge; problems are in <see cref="Diagnostics"/>.</returns>
    /// <example><c>KnowledgeBase.Load("data/knowledge")</c></example>
    public static KnowledgeBase Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"No knowledge folder at '{directory}'.");
        }
        return KnowledgeLoader.Load(KnowledgeFiles.FromDirectory(directory));
    }

    /// <summary>Where the files came from: a folder, or <c>(built in)</c>.</summary>
    public string Source { get; }

    /// <summary>Problems found in the files (WB020–WB023); the rows concerned were skipped.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The number of aliases (names, ranks, positions, triggers, topic patterns) the tagger matches.</summary>
    public int AliasCount => Data.Aliases.Count;

    /// <summary>The topic vocabulary, in file order.</summary>
    public IReadOnlyList<string> Topics => Data.Topics;

    internal KnowledgeData Data { get; }

    internal AliasMatcher Matcher => _matcher.Value;
}
