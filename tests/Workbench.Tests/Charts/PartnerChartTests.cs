using Workbench.Charts;

namespace Workbench.Tests.Charts;

public class PartnerChartTests
{
    private static readonly ChartJson Chart = new(SampleCorpus.Tags.PartnersChart());

    [Fact]
    public void The_partners_chart_is_one_column_trace()
    {
        var trace = Assert.Single(Chart.Traces);
        Assert.Equal("bar", trace.GetProperty("type").GetString());
        Assert.Equal("v", trace.GetProperty("orientation").GetString());
    }

    [Fact]
    public void The_partners_chart_names_Russia_and_South_Korea_but_not_Vietnam()
    {
        var countries = Chart.Values("x").ToList();

        Assert.Contains("Russia", countries);
        Assert.Contains("South Korea", countries);
        Assert.DoesNotContain("Vietnam", countries);
    }

    [Fact]
    public void The_most_named_partner_comes_first() =>
        Assert.Equal("Russia", Chart.Values("x").First());

    [Fact]
    public void The_partners_chart_has_a_title_axis_titles_and_hover_sentences()
    {
        Assert.Equal("Vietnam's partner countries in the news", Chart.Title);
        Assert.Equal("partner country", Chart.AxisTitle("xaxis"));
        Assert.Equal("articles naming the country", Chart.AxisTitle("yaxis"));
        Assert.Contains(Chart.Values("hovertext"), h => h.StartsWith("<b>South Korea</b><br>named in 1 article", StringComparison.Ordinal));
    }
}
