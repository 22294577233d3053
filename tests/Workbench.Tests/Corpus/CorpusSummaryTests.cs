using Workbench.Corpus;

namespace Workbench.Tests.CorpusTests;

public class CorpusSummaryTests
{
    [Fact]
    public void The_seeds_read_as_one_line()
    {
        Assert.Equal("5 articles, 2 languages, 5 outlets, published over 2 years (2 undated)", SeedCorpus.Corpus.Describe());
    }

    [Fact]
    public void One_day_one_outlet_and_no_articles_read_naturally()
    {
        var one = SeedCorpus.Get("002");
        Assert.Equal("1 article, 1 language, 1 outlet, published on 2023-11-09", new[] { one }.Describe());
        Assert.Equal("1 article, 1 language, 1 outlet, none dated", new[] { SeedCorpus.Get("000") }.Describe());
        Assert.Equal("no articles", Array.Empty<Article>().Describe());
    }
}
