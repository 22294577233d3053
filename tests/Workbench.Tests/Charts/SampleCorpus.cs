namespace Workbench.Tests.Charts;

/// <summary>The repository's own articles, loaded and tagged once for the chart and count tests.</summary>
internal static class SampleCorpus
{
    private static readonly Lazy<global::Workbench.Corpus.Corpus> Loaded = new(() => global::Workbench.Corpus.Corpus.Load(Support.RepoPaths.Articles));

    private static readonly Lazy<global::Workbench.Tagging.AnnotatedCorpus> Tagged = new(() => global::Workbench.Tagging.Tagger.Tag(Loaded.Value));

    public static global::Workbench.Corpus.Corpus Articles => Loaded.Value;

    /// <summary>The sample articles, tagged.</summary>
    public static global::Workbench.Tagging.AnnotatedCorpus Tags => Tagged.Value;
}
