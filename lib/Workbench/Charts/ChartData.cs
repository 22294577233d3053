using Workbench.Frames;
using Workbench.Tagging;

namespace Workbench.Charts;

/// <summary>Reads the count rows a chart needs from a tagged corpus, and one colour per country for all charts.</summary>
internal static class ChartData
{
    public static List<PersonCount> People(AnnotatedCorpus tags) => CountsBuilder.People(tags.Mentions, tags.Entities);

    public static List<EventRow> Events(AnnotatedCorpus tags) => CountsBuilder.Events(tags.Events);

    /// <summary>Every country the corpus names, in sorted order, so Russia has the same colour in every chart.</summary>
    public static IReadOnlyDictionary<string, string> Colours(AnnotatedCorpus tags) =>
        ChartStyle.ColoursFor(CountsBuilder.CountryNames(tags.Entities).Keys
            .Concat(tags.EntityRows.Select(e => e.Country).OfType<string>()));
}
