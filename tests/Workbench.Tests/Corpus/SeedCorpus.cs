using Workbench.Tests.Support;

namespace Workbench.Tests.CorpusTests;

/// <summary>The five seed articles, loaded once for every test class that reads them.</summary>
public static class SeedCorpus
{
    private static readonly Lazy<Workbench.Corpus.Corpus> s_corpus = new(() => Workbench.Corpus.Corpus.Load(RepoPaths.Articles));

    public static Workbench.Corpus.Corpus Corpus => s_corpus.Value;

    public static Workbench.Corpus.Article Get(string idPrefix) => Corpus.Single(a => a.Id.StartsWith(idPrefix, StringComparison.Ordinal));

    public static IEnumerable<string> SentenceTexts(Workbench.Corpus.Article a) => a.Sentences.Select(s => s.Of(a.Body));
}
