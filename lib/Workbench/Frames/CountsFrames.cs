using Microsoft.Data.Analysis;

namespace Workbench.Frames;

/// <summary>Writes count rows as DataFrames with short lower-case column names, ready to display or group further.</summary>
internal static class CountsFrames
{
    public static DataFrame People(IReadOnlyList<PersonCount> people) => new(
        new StringDataFrameColumn("person", people.Select(p => p.Name)),
        new StringDataFrameColumn("country", people.Select(p => p.CountryName)),
        new StringDataFrameColumn("rank", people.Select(p => p.Rank)),
        new StringDataFrameColumn("position", people.Select(p => p.Position)),
        new Int32DataFrameColumn("articles", people.Select(p => p.Articles)),
        new Int32DataFrameColumn("mentions", people.Select(p => p.Mentions)),
        new StringDataFrameColumn("label", people.Select(p => CountsLabels.MentionedIn(p.Articles))),
        new StringDataFrameColumn("in", people.Select(p => string.Join("; ", p.ArticleIds))));

    public static DataFrame Partners(IReadOnlyList<CountryCount> partners) => new(
        new StringDataFrameColumn("country", partners.Select(c => c.Name)),
        new StringDataFrameColumn("code", partners.Select(c => c.Code)),
        new Int32DataFrameColumn("articles", partners.Select(c => c.Articles)),
        new Int32DataFrameColumn("mentions", partners.Select(c => c.Mentions)),
        new StringDataFrameColumn("label", partners.Select(c => CountsLabels.NamedIn(c.Articles))));

    public static DataFrame TopicsByPartner(IReadOnlyList<TopicCountryCount> cells) => new(
        new StringDataFrameColumn("topic", cells.Select(c => c.Topic)),
        new StringDataFrameColumn("country", cells.Select(c => c.Country)),
        new Int32DataFrameColumn("articles", cells.Select(c => c.Articles)));

    public static DataFrame EventsByTypeAndYear(IReadOnlyList<EventRow> events)
    {
        var groups = events
            .GroupBy(e => (e.Type, e.Year))
            .OrderBy(g => g.Key.Year is null).ThenBy(g => g.Key.Year).ThenBy(g => g.Key.Type, StringComparer.Ordinal)
            .ToList();
        return new DataFrame(
            new StringDataFrameColumn("type", groups.Select(g => g.Key.Type)),
            new Int32DataFrameColumn("year", groups.Select(g => g.Key.Year)),
            new Int32DataFrameColumn("events", groups.Select(g => g.Count())));
    }

    public static DataFrame Events(IReadOnlyList<EventRow> events, IReadOnlyDictionary<string, string> reported)
    {
        var asOf = events.Where(e => e.Date is not null).Select(e => e.Date!.Value).DefaultIfEmpty().Max();
        return new DataFrame(
            new StringDataFrameColumn("date", events.Select(e => CountsLabels.Date(e.Date, e.DateText))),
            new StringDataFrameColumn("type", events.Select(e => e.Type)),
            new StringDataFrameColumn("who", events.Select(e => string.Join("; ", e.Participants))),
            new StringDataFrameColumn("place", events.Select(e => e.Place)),
            new StringDataFrameColumn("ago", events.Select(e => e.Date is { } d ? CountsLabels.Ago(d, asOf) : null)),
            new StringDataFrameColumn("reported", events.Select(e => reported.GetValueOrDefault(e.Article))),
            new StringDataFrameColumn("article", events.Select(e => e.Article)));
    }
}
