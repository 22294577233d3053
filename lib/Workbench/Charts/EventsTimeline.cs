using System.Globalization;
using Humanizer;
using Plotly.NET;
using Workbench.Frames;

namespace Workbench.Charts;

/// <summary>
/// Draws each dated event as a marker on a time axis, one row per event type, labelled with who met whom.
/// Events whose year the text does not give cannot be placed on a time axis; the title says how many were left out.
/// </summary>
internal static class EventsTimeline
{
    public static GenericChart Draw(IReadOnlyList<EventRow> events)
    {
        var dated = events.Where(e => e.Date is not null).OrderBy(e => e.Date).ToList();
        var undated = events.Count - dated.Count;
        var traces = dated.GroupBy(e => e.Type).OrderBy(g => g.Key, StringComparer.Ordinal).Select(Trace).ToList();
        var chart = traces.Count == 0 ? Plotly.NET.CSharp.Chart.Invisible() : Plotly.NET.CSharp.Chart.Combine(traces);
        var title = undated == 0
            ? "Who met whom, and when"
            : $"Who met whom, and when<br><sup>{"event".ToQuantity(undated)} without a known year not shown</sup>";
        var axis = new Plotly.NET.LayoutObjects.LinearAxis();
        if (dated.Count > 0)
        {
            // Room either side for the labels of the first and last events.
            var first = dated[0].Date!.Value.ToDateTime(TimeOnly.MinValue);
            var last = dated[^1].Date!.Value.ToDateTime(TimeOnly.MinValue);
            var pad = TimeSpan.FromDays(Math.Max(60, (last - first).TotalDays / 4));
            axis.SetProperty("range", new[] { Day(first - pad), Day(last + pad) });
        }
        axis.SetProperty("title", ChartStyle.Text("date of the event"));
        return chart.Titled(title, yTitle: "kind of event")
            .WithLayoutProperty("xaxis", axis)
            .Sized(height: 200 + (90 * traces.Count));
    }

    private static GenericChart Trace(IGrouping<string, EventRow> group)
    {
        var rows = group.ToList();
        return Plotly.NET.CSharp.Chart.Point<DateTime, string, string>(
                rows.Select(e => e.Date!.Value.ToDateTime(TimeOnly.MinValue)),
                rows.Select(e => e.Type),
                Name: group.Key,
                MultiText: rows.Select(e => Who(e)).ToArray(),
                TextPosition: StyleParam.TextPosition.TopCenter)
            .WithTraceProperty("mode", "markers+text")
            .WithTraceProperty("marker", new Dictionary<string, object> { ["size"] = 14 })
            .WithHover(rows.Select(Hover));
    }

    private static string Day(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string Who(EventRow e) => e.Participants.Count switch
    {
        0 => "",
        1 => e.Participants[0],
        _ => string.Join(" – ", e.Participants),
    };

    internal static string Hover(EventRow e)
    {
        var when = e.Date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? e.DateText;
        var where = e.Place is null ? "" : $" in {e.Place}";
        return $"<b>{e.Type.Humanize(LetterCasing.Sentence)}</b>, {when}{where}<br>{Who(e)}";
    }
}
