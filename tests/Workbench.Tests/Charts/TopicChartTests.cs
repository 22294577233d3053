using System.Text.Json;
using Workbench.Charts;

namespace Workbench.Tests.Charts;

public class TopicChartTests
{
    private static readonly ChartJson Chart = new(SampleCorpus.Tags.TopicPartnerHeatmap());

    [Fact]
    public void The_topic_chart_is_a_heatmap_of_topics_by_partner()
    {
        var trace = Assert.Single(Chart.Traces);

        Assert.Equal("heatmap", trace.GetProperty("type").GetString());
        Assert.Equal(["Russia", "South Korea"], Chart.Values("x"));
        Assert.Equal("What Vietnam discusses with each partner", Chart.Title);
        Assert.Equal("topic", Chart.AxisTitle("yaxis"));
    }

    [Theory]
    [InlineData("maritime security", "South Korea", 1)]
    [InlineData("maritime security", "Russia", 0)]
    [InlineData("search and rescue", "Russia", 2)]
    public void A_cell_counts_the_articles_pairing_a_topic_with_a_partner(string topic, string country, int articles)
    {
        var trace = Chart.Traces[0];
        var topics = trace.GetProperty("y").EnumerateArray().Select(e => e.GetString()).ToList();
        var countries = trace.GetProperty("x").EnumerateArray().Select(e => e.GetString()).ToList();

        var z = trace.GetProperty("z")[topics.IndexOf(topic)][countries.IndexOf(country)];

        Assert.Equal(articles, z.GetInt32());
    }

    [Fact]
    public void Hover_reads_as_a_sentence() =>
        Assert.Contains("<b>maritime security</b> with South Korea: 1 article", Chart.Values("hovertext"));
}
