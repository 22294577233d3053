using Workbench.Charts;
using Workbench.Corpus;
using Workbench.Frames;

namespace Workbench.Tests.Charts;

public class EventChartTests
{
    private static readonly ChartJson Timeline = new(SampleCorpus.Tags.EventsTimeline());
    private static readonly ChartJson Network = new(SampleCorpus.Tags.MeetingNetwork());

    [Fact]
    public void The_timeline_places_every_dated_event_once_and_says_how_many_are_undated()
    {
        var events = SampleCorpus.Tags.EventRows;
        var dated = events.Count(e => e.Date is { Length: 10 } d && !d.StartsWith('-'));

        Assert.All(Timeline.TraceTypes, t => Assert.Equal("scatter", t));
        Assert.Equal(dated, Timeline.Values("x").Count());
        Assert.Contains($"{events.Count - dated} events without a known year not shown", Timeline.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void The_timeline_has_one_trace_per_kind_of_dated_event()
    {
        var kinds = SampleCorpus.Tags.EventRows.Where(e => e.Year is not null).Select(e => e.Type).Distinct().Order();

        Assert.Equal(kinds, Timeline.TraceNames.Order());
        Assert.Equal("kind of event", Timeline.AxisTitle("yaxis"));
    }

    [Fact]
    public void The_timeline_shows_the_2021_reception_of_Park_Jae_Min_by_Phan_Van_Giang()
    {
        var hover = Timeline.Values("hovertext").ToList();

        Assert.Contains(hover, h => h.StartsWith("<b>Reception</b>, 16 September 2021", StringComparison.Ordinal)
            && h.Contains("Park Jae Min", StringComparison.Ordinal) && h.Contains("Phan Văn Giang", StringComparison.Ordinal));
    }

    [Fact]
    public void The_network_draws_edges_as_one_line_trace_and_people_as_nodes_by_country()
    {
        var people = SampleCorpus.Tags.EventTable()["who"].Cast<string>()
            .SelectMany(w => w.Split("; ", StringSplitOptions.RemoveEmptyEntries)).ToHashSet();
        var traces = Network.Traces;

        Assert.Equal("lines", traces[0].GetProperty("mode").GetString());
        Assert.All(traces.Skip(1), t => Assert.Equal("markers+text", t.GetProperty("mode").GetString()));
        var nodes = traces.Skip(1).SelectMany(t => t.GetProperty("text").EnumerateArray().Select(e => e.GetString()!)).ToList();
        Assert.Equal(nodes.Count, nodes.Distinct().Count());
        Assert.Contains("Phan Văn Giang", nodes);
        Assert.Contains("Park Jae Min", nodes);
        Assert.Subset(people, nodes.ToHashSet());
    }

    [Fact]
    public void Charts_of_an_empty_selection_are_drawn_with_their_titles()
    {
        var none = global::Workbench.Tagging.Tagger.Tag(SampleCorpus.Articles.InLanguage("fr"));

        Assert.Equal("Who met whom, and when", new ChartJson(none.EventsTimeline()).Title);
        Assert.Equal("Who the articles name most", new ChartJson(none.TopPeopleChart()).Title);
        Assert.Empty(new ChartJson(none.PartnersChart()).Values("x"));
    }
}
