using System.Globalization;
using Humanizer;
using Microsoft.Data.Analysis;
using static Workbench.Frames.CountsCells;

namespace Workbench.Frames;

/// <summary>The key figures of a report, each a sentence fragment a reader can quote.</summary>
internal static class CountsKeyFigures
{
    public static DataFrame Build(DataFrame articles, IReadOnlyList<PersonCount> people, IReadOnlyList<CountryCount> partners,
        IReadOnlyList<EventRow> events)
    {
        var rows = new List<(string Figure, string Value)>
        {
            ("articles", Articles(articles)),
            ("outlets", Outlets(articles)),
            ("published", Period(articles)),
            ("people", people.Count == 0 ? "none found"
                : $"{"person".ToQuantity(people.Count)} from {"country".ToQuantity(people.Select(p => p.Country).OfType<string>().Distinct().Count())}"),
            ("partner countries", partners.Count == 0 ? "none" : string.Join(", ", partners.Select(p => $"{p.Name} ({"article".ToQuantity(p.Articles)})"))),
            ("events", Events(events)),
        };
        if (people.Count > 0)
        {
            rows.Add(("most mentioned", $"{people[0].Name}, {CountsLabels.MentionedIn(people[0].Articles)}"));
        }
        return new DataFrame(
            new StringDataFrameColumn("figure", rows.Select(r => r.Figure)),
            new StringDataFrameColumn("value", rows.Select(r => r.Value)));
    }

    private static string Articles(DataFrame articles)
    {
        var languages = Rows(articles).Select(i => Cell(articles, "language", i) ?? "unknown")
            .GroupBy(l => l).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Count()} in {Language(g.Key)}");
        return articles.Rows.Count == 0 ? "none selected" : $"{"article".ToQuantity((int)articles.Rows.Count)} ({string.Join(", ", languages)})";
    }

    private static string Outlets(DataFrame articles)
    {
        var outlets = Rows(articles).Select(i => Cell(articles, "outlet", i)).OfType<string>().Distinct().Order(StringComparer.OrdinalIgnoreCase).ToList();
        return outlets.Count == 0 ? "none known" : $"{"outlet".ToQuantity(outlets.Count)}: {string.Join(", ", outlets)}";
    }

    private static string Period(DataFrame articles)
    {
        var dates = Rows(articles).Select(i => articles.Columns["published"][i]).OfType<DateTime>().Order().ToList();
        var undated = (int)articles.Rows.Count - dates.Count;
        var missing = undated == 0 ? "" : $"; {"article".ToQuantity(undated)} without a date";
        if (dates.Count == 0)
        {
            return articles.Rows.Count == 0 ? "—" : "no article gives a date";
        }
        var first = dates[0].ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        var last = dates[^1].ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        var span = (dates[^1] - dates[0]).Humanize(maxUnit: TimeUnit.Year, culture: CultureInfo.GetCultureInfo("en"));
        return first == last ? $"{first}{missing}" : $"{first} to {last} ({span}){missing}";
    }

    private static string Events(IReadOnlyList<EventRow> events)
    {
        var kinds = events.GroupBy(e => e.Type).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key.ToQuantity(g.Count()));
        var undated = events.Count(e => e.Date is null);
        if (events.Count == 0)
        {
            return "none found";
        }
        return $"{"event".ToQuantity(events.Count)}: {string.Join(", ", kinds)}" + (undated == 0 ? "" : $"; {undated} without a full date");
    }

    private static string Language(string code) => Charts.ArticlesBar.LanguageName(code);
}
