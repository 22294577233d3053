using System.Globalization;
using Microsoft.Data.Analysis;
using static Workbench.Frames.CountsCells;

namespace Workbench.Frames;

/// <summary>
/// Turns the tagging frames (the shared column contract: Mentions, Entities, Events, Topics) into count rows.
/// People are counted by entity, never by surface, so "Phan Van Giang", "Phan Văn Giang" and "Giang" count once.
/// </summary>
internal static class CountsBuilder
{
    /// <summary>The country whose diplomacy the corpus is about; every other country is a partner.</summary>
    public const string Home = "VN";

    public static List<PersonCount> People(DataFrame mentions, DataFrame entities)
    {
        var names = CountryNames(entities);
        var byEntity = MentionsByEntity(mentions);
        return Rows(entities)
            .Where(i => Cell(entities, "type", i) == "person")
            .Select(i =>
            {
                var id = Cell(entities, "id", i)!;
                var seen = byEntity.GetValueOrDefault(id) ?? [];
                var country = Cell(entities, "country", i);
                return new PersonCount(id, Cell(entities, "name", i) ?? id, country, country is null ? null : Name(names, country),
                    Cell(entities, "rank", i), Cell(entities, "position", i),
                    seen.Select(m => m.Article).Distinct().Count(), seen.Count,
                    seen.Select(m => m.Article).Distinct().Order(StringComparer.Ordinal).ToList());
            })
            .OrderByDescending(p => p.Articles).ThenByDescending(p => p.Mentions).ThenBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
    }

    public static List<CountryCount> Partners(DataFrame mentions, DataFrame entities)
    {
        var names = CountryNames(entities);
        return MentionsByEntity(mentions)
            .Where(e => Code(e.Key) is { } code && code != Home)
            .Select(e => new CountryCount(Code(e.Key)!, Name(names, Code(e.Key)!), e.Value.Select(m => m.Article).Distinct().Count(), e.Value.Count))
            .OrderByDescending(c => c.Articles).ThenByDescending(c => c.Mentions).ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The tagger's country × topic co-occurrence, partners only, with countries by name.</summary>
    public static List<TopicCountryCount> TopicsByPartner(DataFrame countryTopics, DataFrame entities)
    {
        var names = CountryNames(entities);
        return Rows(countryTopics)
            .Select(i => (Code: Code(Cell(countryTopics, "country", i)) ?? Cell(countryTopics, "country", i)!, Topic: Cell(countryTopics, "topic", i)!,
                Count: Number(countryTopics, "count", i)))
            .Where(c => c.Code != Home)
            .Select(c => new TopicCountryCount(c.Topic, Name(names, c.Code), c.Count))
            .OrderBy(c => c.Topic, StringComparer.Ordinal).ThenBy(c => c.Country, StringComparer.Ordinal)
            .ToList();
    }

    public static List<EventRow> Events(DataFrame events) =>
        Rows(events)
            .Select(i =>
            {
                var text = Cell(events, "date", i) ?? "";
                var date = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
                var year = Has(events, "year") && events.Columns["year"][i] is not null ? Number(events, "year", i) : date?.Year;
                return new EventRow(Cell(events, "article", i)!, Cell(events, "type", i) ?? "event", date, text, year,
                    Cell(events, "place", i), Items(events, "participants", i), Items(events, "countries", i), Cell(events, "sentence", i) ?? "");
            })
            .OrderBy(e => e.Date is null).ThenBy(e => e.Date).ThenBy(e => e.Article, StringComparer.Ordinal)
            .ToList();

    /// <summary>Article id → who reported it and when: "VNA, 9 November 2023", "VOV, undated".</summary>
    public static Dictionary<string, string> Reported(DataFrame articles) =>
        Rows(articles).ToDictionary(
            i => Cell(articles, "id", i)!,
            i => $"{Cell(articles, "outlet", i) ?? "outlet unknown"}, "
                + (articles.Columns["published"][i] is DateTime d ? d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) : "undated"),
            StringComparer.Ordinal);

    /// <summary>ISO code → display name, from the country entities the tagger found (its knowledge files name them).</summary>
    public static Dictionary<string, string> CountryNames(DataFrame entities) =>
        Rows(entities)
            .Where(i => Cell(entities, "type", i) == "country" && Code(Cell(entities, "id", i)) is not null)
            .GroupBy(i => Code(Cell(entities, "id", i))!)
            .ToDictionary(g => g.Key, g => Cell(entities, "name", g.First()) ?? g.Key, StringComparer.Ordinal);

    public static string Name(IReadOnlyDictionary<string, string> names, string code)
    {
        if (names.TryGetValue(code, out var name))
        {
            return name;
        }
        try
        {
            return new RegionInfo(code).EnglishName;
        }
        catch (ArgumentException)
        {
            return code;
        }
    }

    private static string? Code(string? entity) =>
        entity is not null && entity.StartsWith("country:", StringComparison.Ordinal) ? entity["country:".Length..] : null;

    private static Dictionary<string, List<(string Article, string Surface)>> MentionsByEntity(DataFrame mentions) =>
        Rows(mentions)
            .Where(i => Cell(mentions, "entity", i) is not null)
            .GroupBy(i => Cell(mentions, "entity", i)!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(i => (Cell(mentions, "article", i)!, Cell(mentions, "surface", i) ?? "")).ToList(), StringComparer.Ordinal);
}
