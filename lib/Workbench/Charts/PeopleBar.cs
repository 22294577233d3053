using Humanizer;
using Plotly.NET;
using Plotly.NET.CSharp;
using Workbench.Frames;

namespace Workbench.Charts;

/// <summary>Draws people as horizontal bars, longest first, one trace (and legend entry) per country.</summary>
internal static class PeopleBar
{
    public static GenericChart Draw(IReadOnlyList<PersonCount> people, IReadOnlyDictionary<string, string> colours)
    {
        people = people.OrderByDescending(p => p.Articles).ThenByDescending(p => p.Mentions).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
        var order = people.Select(p => p.Name).ToArray();
        var traces = people
            .GroupBy(p => p.CountryName ?? "country unknown")
            .OrderBy(g => Array.IndexOf(order, g.First().Name))
            .Select(g => Trace(g.Key, g.ToList(), colours))
            .ToList();
        var chart = traces.Count == 0 ? Plotly.NET.CSharp.Chart.Invisible() : Plotly.NET.CSharp.Chart.Combine(traces);
        return chart
            .Titled("Who the articles name most", xTitle: "articles naming the person", yTitle: null)
            .WithYAxisStyle<IConvertible, IConvertible, string>(
                CategoryOrder: StyleParam.CategoryOrder.Array, CategoryArray: new Optional<IEnumerable<string>>(order.Reverse().ToArray(), true))
            .WithLegendStyle(Title: ChartStyle.Text("country"))
            .CountAxis("xaxis", people.Select(p => p.Articles).DefaultIfEmpty().Max())
            .Sized(height: 140 + (36 * people.Count));
    }

    private static GenericChart Trace(string country, IReadOnlyList<PersonCount> people, IReadOnlyDictionary<string, string> colours)
    {
        var colour = people[0].Country is { } code && colours.TryGetValue(code, out var hex) ? hex : "#7f7f7f";
        return Plotly.NET.CSharp.Chart.Bar<int, string, string>(
                people.Select(p => p.Articles),
                Keys: people.Select(p => p.Name).ToArray(),
                Name: country,
                MarkerColor: ChartStyle.Colour(colour))
            .WithHover(people.Select(Hover));
    }

    internal static string Hover(PersonCount p)
    {
        var role = string.Join(" · ", new[] { p.Rank, p.Position }.Where(s => !string.IsNullOrEmpty(s)));
        var lines = new List<string> { $"<b>{p.Name}</b>" };
        if (role.Length > 0) lines.Add(role);
        if (p.CountryName is not null) lines.Add(p.CountryName);
        lines.Add($"mentioned in {"article".ToQuantity(p.Articles)} ({"mention".ToQuantity(p.Mentions)})");
        return string.Join("<br>", lines);
    }
}
