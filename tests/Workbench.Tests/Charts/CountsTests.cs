using Microsoft.Data.Analysis;
using Workbench.Corpus;
using Workbench.Frames;

namespace Workbench.Tests.Charts;

public class CountsTests
{
    private static List<string> Column(DataFrame frame, string name) => frame[name].Cast<object?>().Select(v => v?.ToString() ?? "").ToList();

    [Fact]
    public void People_are_counted_by_entity_so_both_spellings_of_Phan_Van_Giang_are_one_row()
    {
        var people = SampleCorpus.Tags.PeopleCounts();

        var row = Assert.Single(Enumerable.Range(0, (int)people.Rows.Count), i => PeopleChartTests.Fold((string)people["person"][i]) == "phan van giang");
        Assert.Equal(2, people["articles"][row]);
        Assert.Equal("mentioned in 2 articles", people["label"][row]);
        Assert.Equal(["000_00861558c5cf31ee", "003_bee81db2a34faaf4"], ((string)people["in"][row]).Split("; "));
    }

    [Fact]
    public void Counting_surfaces_finds_more_names_than_counting_entities_finds_people()
    {
        var mentions = SampleCorpus.Tags.Mentions.Where("type", "person");

        Assert.True(mentions.CountBy("surface").Rows.Count > mentions.CountBy("entity").Rows.Count);
        Assert.Equal(SampleCorpus.Tags.PeopleCounts().Rows.Count, mentions.CountBy("entity").Rows.Count);
    }

    [Fact]
    public void Partners_are_every_country_but_Vietnam_most_named_first() =>
        Assert.Equal(["Russia", "South Korea"], Column(SampleCorpus.Tags.PartnerCounts(), "country"));

    [Fact]
    public void Topics_by_partner_count_articles_not_mentions()
    {
        var topics = SampleCorpus.Tags.TopicsByPartner().Where("country", "South Korea");

        Assert.Contains("maritime security", Column(topics, "topic"));
        Assert.All(Column(topics, "articles"), n => Assert.Equal("1", n));
    }

    [Fact]
    public void Events_by_type_and_year_add_up_to_every_event()
    {
        var table = SampleCorpus.Tags.EventsByTypeAndYear();

        Assert.Equal(SampleCorpus.Tags.EventRows.Count, Column(table, "events").Sum(int.Parse));
        Assert.Contains((object?)null, table["year"].Cast<object?>());
    }

    [Fact]
    public void The_event_table_writes_dates_for_readers_and_keeps_unknown_years_unknown()
    {
        var dates = Column(SampleCorpus.Tags.EventTable(), "date");

        Assert.Contains("16 September 2021", dates);
        Assert.Contains("9 November, year unknown", dates);
    }

    [Theory]
    [InlineData(1, "mentioned in 1 article")]
    [InlineData(3, "mentioned in 3 articles")]
    public void Labels_are_singular_or_plural_as_English_wants(int articles, string label) =>
        Assert.Equal(label, CountsLabels.MentionedIn(articles));

    [Fact]
    public void Ago_counts_back_from_a_fixed_date_not_from_today() =>
        Assert.Equal("2 years ago", CountsLabels.Ago(new DateOnly(2021, 9, 16), new DateOnly(2023, 11, 9)));

    [Fact]
    public void Key_figures_name_the_partners_and_the_period()
    {
        var figures = SampleCorpus.Tags.KeyFigures();
        var values = Enumerable.Range(0, (int)figures.Rows.Count).ToDictionary(i => (string)figures["figure"][i], i => (string)figures["value"][i]);

        Assert.Equal("5 articles (3 in English, 2 in Vietnamese)", values["articles"]);
        Assert.StartsWith("Russia (4 articles), South Korea (1 article)", values["partner countries"], StringComparison.Ordinal);
        Assert.StartsWith("17 September 2021 to 9 November 2023", values["published"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_selection_with_no_articles_gives_empty_tables_and_says_so()
    {
        var none = global::Workbench.Tagging.Tagger.Tag(SampleCorpus.Articles.PublishedBetween("2030-01-01", ""));
        var figures = none.KeyFigures();

        Assert.Equal("none selected", figures["value"][0]);
        Assert.Equal(0, none.PeopleCounts().Rows.Count);
        Assert.Equal(0, none.EventTable().Rows.Count);
    }
}
