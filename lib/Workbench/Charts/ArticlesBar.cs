using Humanizer;
using Plotly.NET;
using Plotly.NET.CSharp;
using Workbench.Frames;

namespace Workbench.Charts;

/// <summary>Draws the number of articles per outlet as stacked columns, one colour per language.</summary>
internal static class ArticlesBar
{
    public static GenericChart Draw(IReadOnlyList<OutletCount> counts)
    {
        var outlets = counts.GroupBy(c => c.Outlet).OrderByDescending(g => g.Sum(c => c.Articles)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).ToArray();
        var traces = counts.GroupBy(c => c.Language).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var rows = outlets.Select(o => g.FirstOrDefault(c => c.Outlet == o) ?? new OutletCount(o, g.Key, 0)).ToList();
            var language = LanguageName(g.Key);
            return Plotly.NET.CSharp.Chart.Column<int, string, string>(rows.Select(r => r.Articles), Keys: outlets, Name: language)
                .WithHover(rows.Select(r => $"<b>{r.Outlet}</b><br>{"article".ToQuantity(r.Articles)} in {language}"));
        }).ToList();
        var chart = traces.Count == 0 ? Plotly.NET.CSharp.Chart.Invisible() : Plotly.NET.CSharp.Chart.Combine(traces);
        return chart.Titled("Articles by outlet and language", xTitle: "outlet", yTitle: "articles")
            .WithLayoutProperty("barmode", "stack")
            .WithLegendStyle(Title: ChartStyle.Text("language"))
            .CountAxis("yaxis", counts.GroupBy(c => c.Outlet).Select(g => g.Sum(c => c.Articles)).DefaultIfEmpty().Max())
            .Sized(height: 420);
    }

    /// <summary>"English" for <c>en</c>, "Vietnamese" for <c>vi</c>: the culture's own English name.</summary>
    internal static string LanguageName(string code)
    {
        try
        {
            return System.Globalization.CultureInfo.GetCultureInfo(code).EnglishName;
        }
        catch (System.Globalization.CultureNotFoundException)
        {
            return code;
        }
    }
}
