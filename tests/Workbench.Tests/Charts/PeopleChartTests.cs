using System.Globalization;
using System.Text;
using Workbench.Charts;

namespace Workbench.Tests.Charts;

public class PeopleChartTests
{
    private static readonly ChartJson Chart = new(SampleCorpus.Tags.TopPeopleChart(10));

    [Fact]
    public void Top_people_are_horizontal_bars_one_trace_per_country()
    {
        Assert.All(Chart.Traces, t => Assert.Equal("bar", t.GetProperty("type").GetString()));
        Assert.All(Chart.Traces, t => Assert.Equal("h", t.GetProperty("orientation").GetString()));
        Assert.Equal(["Russia", "South Korea", "Vietnam"], Chart.TraceNames.Order());
    }

    [Fact]
    public void Top_people_chart_has_a_title_and_axis_titles()
    {
        Assert.Equal("Who the articles name most", Chart.Title);
        Assert.Equal("articles naming the person", Chart.AxisTitle("xaxis"));
    }

    [Fact]
    public void Phan_Van_Giang_is_one_bar_in_both_spellings_with_two_articles()
    {
        var giang = Assert.Single(Chart.Values("y"), n => Fold(n) == "phan van giang");

        Assert.Contains(Chart.Values("hovertext"), h => h.StartsWith($"<b>{giang}</b>", StringComparison.Ordinal)
            && h.Contains("mentioned in 2 articles", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Top_people_chart_shows_only_the_requested_number_of_people(int count) =>
        Assert.Equal(count, new ChartJson(SampleCorpus.Tags.TopPeopleChart(count)).Values("y").Count());

    [Fact]
    public void Asking_for_no_people_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleCorpus.Tags.TopPeopleChart(0));

    internal static string Fold(string name) =>
        new string(name.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray()).ToLowerInvariant();
}
