using Humanizer;
using Plotly.NET;
using Workbench.Frames;

namespace Workbench.Charts;

/// <summary>
/// Draws people as nodes on a circle (sorted by name, so the picture is the same on every run) and events as edges
/// between the people who took part. Node size grows with the number of events; colour is the person's country.
/// </summary>
internal static class MeetingNetwork
{
    public static GenericChart Draw(IReadOnlyList<EventRow> events, IReadOnlyList<PersonCount> people, IReadOnlyDictionary<string, string> colours)
    {
        var pairs = events
            .SelectMany(e => Pairs(e.Participants).Select(p => (p.A, p.B, Event: e)))
            .ToList();
        var names = pairs.SelectMany(p => new[] { p.A, p.B }).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var at = names.Select((n, i) => (n, angle: (2 * Math.PI * i / Math.Max(1, names.Length)) + (Math.PI / 2)))
            .ToDictionary(p => p.n, p => (x: Math.Round(Math.Cos(p.angle), 4), y: Math.Round(Math.Sin(p.angle), 4)), StringComparer.Ordinal);
        var byName = people.GroupBy(p => p.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var charts = new List<GenericChart>();
        if (pairs.Count > 0)
        {
            charts.Add(Edges(pairs, at));
        }
        foreach (var country in names.GroupBy(n => byName.GetValueOrDefault(n)?.CountryName ?? "country unknown").OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            charts.Add(Nodes(country.Key, country.ToList(), at, pairs, byName, colours));
        }
        var chart = charts.Count == 0 ? Plotly.NET.CSharp.Chart.Invisible() : Plotly.NET.CSharp.Chart.Combine(charts);
        var hidden = new Dictionary<string, object> { ["visible"] = false, ["range"] = new[] { -1.6, 1.6 } };
        return chart.Titled("Who met whom: people linked by the events they took part in")
            .WithLayoutProperty("xaxis", hidden)
            .WithLayoutProperty("yaxis", hidden)
            .Sized(height: 620);
    }

    private static IEnumerable<(string A, string B)> Pairs(IReadOnlyList<string> people)
    {
        for (var i = 0; i < people.Count; i++)
        {
            for (var j = i + 1; j < people.Count; j++)
            {
                yield return string.CompareOrdinal(people[i], people[j]) < 0 ? (people[i], people[j]) : (people[j], people[i]);
            }
        }
    }

    private static GenericChart Edges(List<(string A, string B, EventRow Event)> pairs, Dictionary<string, (double x, double y)> at)
    {
        // One line trace; null between segments lifts the pen. The midpoint carries the hover text.
        var xs = pairs.SelectMany(p => new double?[] { at[p.A].x, (at[p.A].x + at[p.B].x) / 2, at[p.B].x, null });
        var ys = pairs.SelectMany(p => new double?[] { at[p.A].y, (at[p.A].y + at[p.B].y) / 2, at[p.B].y, null });
        var hover = pairs.SelectMany(p => new[] { "", EventsTimeline.Hover(p.Event), "", "" });
        return Plotly.NET.CSharp.Chart.Line<double, double, string>([], [], Name: "events", ShowLegend: false,
                LineColor: ChartStyle.Colour("#9e9e9e"), LineWidth: 1.5)
            .WithTraceProperty("x", xs.ToArray())
            .WithTraceProperty("y", ys.ToArray())
            .WithHover(hover);
    }

    private static GenericChart Nodes(string country, List<string> names, Dictionary<string, (double x, double y)> at,
        List<(string A, string B, EventRow Event)> pairs, Dictionary<string, PersonCount> byName, IReadOnlyDictionary<string, string> colours)
    {
        var events = names.Select(n => pairs.Where(p => p.A == n || p.B == n).Select(p => p.Event).Distinct().Count()).ToArray();
        var code = names.Select(n => byName.GetValueOrDefault(n)?.Country).FirstOrDefault(c => c is not null);
        var marker = new Dictionary<string, object>
        {
            ["size"] = events.Select(e => 14 + (6 * e)).ToArray(),
            ["color"] = code is not null && colours.TryGetValue(code, out var hex) ? hex : "#7f7f7f",
        };
        return Plotly.NET.CSharp.Chart.Point<double, double, string>(
                names.Select(n => at[n].x), names.Select(n => at[n].y), Name: country,
                MultiText: names.ToArray(), TextPosition: StyleParam.TextPosition.BottomCenter)
            .WithTraceProperty("mode", "markers+text")
            .WithTraceProperty("marker", marker)
            .WithHover(names.Select((n, i) => $"<b>{n}</b><br>{country}<br>took part in {"event".ToQuantity(events[i])}"));
    }
}
