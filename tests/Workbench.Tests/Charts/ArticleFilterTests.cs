using Workbench.Corpus;

namespace Workbench.Tests.Charts;

public class ArticleFilterTests
{
    [Theory]
    [InlineData("2023-01-01", "", new[] { "001_5a48430223ddcaf7", "002_99545be96145849b" })]
    [InlineData("", "2022-12-31", new[] { "003_bee81db2a34faaf4" })]
    [InlineData("2023-11-09", "2023-11-09", new[] { "002_99545be96145849b" })]
    public void A_period_keeps_the_articles_dated_inside_it_and_drops_undated_ones(string since, string until, string[] ids) =>
        Assert.Equal(ids, SampleCorpus.Articles.PublishedBetween(since, until).Select(a => a.Id));

    [Fact]
    public void No_period_keeps_every_article_dated_or_not() =>
        Assert.Equal(SampleCorpus.Articles.Count, SampleCorpus.Articles.PublishedBetween("", "").Count);

    [Theory]
    [InlineData("en", 3)]
    [InlineData("vi", 2)]
    [InlineData("", 5)]
    public void A_language_keeps_its_articles(string language, int count) =>
        Assert.Equal(count, SampleCorpus.Articles.InLanguage(language).Count);

    [Fact]
    public void A_date_that_is_not_yyyy_MM_dd_is_rejected() =>
        Assert.Throws<FormatException>(() => SampleCorpus.Articles.PublishedBetween("9/11/2023", ""));

    [Fact]
    public void A_period_that_ends_before_it_starts_is_rejected() =>
        Assert.Throws<ArgumentException>(() => SampleCorpus.Articles.PublishedBetween("2024-01-01", "2023-01-01"));
}
