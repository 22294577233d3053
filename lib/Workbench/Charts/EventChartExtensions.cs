using Plotly.NET;
using Workbench.Tagging;

namespace Workbench.Charts;

/// <summary>Charts of events: who met whom, and when.</summary>
public static class EventChartExtensions
{
    /// <summary>
    /// Each event as a marker on a time axis, one row and colour per kind of event (reception, talks, visit …),
    /// labelled with the people who met. Events whose year the article does not give cannot be placed in time; the
    /// subtitle says how many were left out.
    /// </summary>
    /// <param name="tags">The tagged corpus.</param>
    /// <returns>A Plotly scatter chart, one trace per kind of event.</returns>
    /// <example><c>tags.EventsTimeline()</c></example>
    public static GenericChart EventsTimeline(this AnnotatedCorpus tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        return Charts.EventsTimeline.Draw(ChartData.Events(tags));
    }

    /// <summary>
    /// The meeting network: people as nodes (on a circle, sorted by name, so the picture is stable), events as edges
    /// between the people who took part. A bigger node took part in more events; colour is the person's country.
    /// </summary>
    /// <param name="tags">The tagged corpus.</param>
    /// <returns>A Plotly chart: one line trace for the edges, one marker trace per country for the nodes.</returns>
    /// <example><c>tags.MeetingNetwork()</c></example>
    public static GenericChart MeetingNetwork(this AnnotatedCorpus tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        return Charts.MeetingNetwork.Draw(ChartData.Events(tags), ChartData.People(tags), ChartData.Colours(tags));
    }
}
