using Humanizer;
using Plotly.NET;
using Workbench.Frames;

namespace Workbench.Charts;

/// <summary>Draws topics (rows) against partner countries (columns); a cell counts the articles that pair them.</summary>
internal static class TopicHeatmap
{
    public static GenericChart Draw(IReadOnlyList<TopicCountryCount> cells)
    {
        var countries = cells.GroupBy(c => c.Country).OrderByDescending(g => g.Sum(c => c.Articles)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).ToArray();
        var topics = cells.GroupBy(c => c.Topic).OrderBy(g => g.Sum(c => c.Articles)).ThenByDescending(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).ToArray();
        var count = cells.ToDictionary(c => (c.Topic, c.Country), c => c.Articles);
        var z = topics.Select(t => countries.Select(c => count.GetValueOrDefault((t, c))).ToArray()).ToArray();
        var hover = topics.Select(t => countries.Select(c => Hover(t, c, count.GetValueOrDefault((t, c)))).ToArray()).ToArray();
        var chart = Plotly.NET.CSharp.Chart.Heatmap<int, string, string, string>(
            z, X: countries, Y: topics, Name: "topics by partner", ColorScale: Light, ShowScale: true);
        foreach (var trace in GenericChart.getTraces(chart))
        {
            trace.SetProperty("hovertext", hover);
            trace.SetProperty("hovertemplate", "%{hovertext}<extra></extra>");
            trace.SetProperty("colorbar", new Dictionary<string, object> { ["title"] = new Dictionary<string, object> { ["text"] = "articles" }, ["dtick"] = 1 });
        }
        return chart
            .Titled("What Vietnam discusses with each partner", xTitle: "partner country", yTitle: "topic")
            .Sized(height: Math.Max(320, 140 + (26 * topics.Length)));
    }

    /// <summary>White for "no article", deep blue for the most: zero cells read as empty.</summary>
    private static readonly StyleParam.Colorscale Light = StyleParam.Colorscale.NewCustom(
        [Tuple.Create(0.0, ChartStyle.Colour("#f7fbff")), Tuple.Create(1.0, ChartStyle.Colour("#08519c"))]);

    private static string Hover(string topic, string country, int articles) => articles == 0
        ? $"no article pairs <b>{topic}</b> with {country}"
        : $"<b>{topic}</b> with {country}: {"article".ToQuantity(articles)}";
}
