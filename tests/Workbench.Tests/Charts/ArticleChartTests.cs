using Workbench.Charts;

namespace Workbench.Tests.Charts;

public class ArticleChartTests
{
    [Fact]
    public void Articles_by_outlet_stack_one_bar_trace_per_language()
    {
        var chart = new ChartJson(SampleCorpus.Articles.ArticlesByOutletChart());

        Assert.All(chart.TraceTypes, t => Assert.Equal("bar", t));
        Assert.Equal(["English", "Vietnamese"], chart.TraceNames.Order());
        Assert.Equal("Articles by outlet and language", chart.Title);
        Assert.Equal("outlet", chart.AxisTitle("xaxis"));
    }

    [Fact]
    public void Articles_by_outlet_count_every_article_once()
    {
        var chart = new ChartJson(SampleCorpus.Articles.ArticlesByOutletChart());

        var total = chart.Values("y").Sum(int.Parse);

        Assert.Equal(SampleCorpus.Articles.Count, total);
        Assert.Contains("VOV", chart.Values("x"));
        Assert.Contains("baochinhphu.vn", chart.Values("x"));
    }

    [Fact]
    public void Articles_by_outlet_hover_names_outlet_count_and_language()
    {
        var chart = new ChartJson(SampleCorpus.Articles.ArticlesByOutletChart());

        Assert.Contains("<b>VOV</b><br>1 article in English", chart.Values("hovertext"));
    }
}
