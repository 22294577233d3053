using System.Globalization;
using Humanizer;

namespace Workbench.Corpus;

/// <summary>One readable line about a set of articles, e.g. "5 articles, 2 languages, 5 outlets, published over 2 years (2 undated)".</summary>
public static class CorpusSummary
{
    /// <summary>Describes <paramref name="articles"/> in one line.</summary>
    /// <param name="articles">The articles.</param>
    /// <returns>The line.</returns>
    /// <example><c>Corpus.Load("data/articles").Describe()</c></example>
    public static string Describe(this IEnumerable<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var list = articles as IReadOnlyCollection<Article> ?? articles.ToList();
        if (list.Count == 0)
        {
            return "no articles";
        }
        var parts = new List<string>
        {
            "article".ToQuantity(list.Count, "N0", CultureInfo.InvariantCulture),
            "language".ToQuantity(list.Select(a => a.Language).Distinct(StringComparer.Ordinal).Count()),
        };
        var outlets = list.Select(a => a.Outlet).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Count();
        if (outlets > 0)
        {
            parts.Add("outlet".ToQuantity(outlets, "N0", CultureInfo.InvariantCulture));
        }
        var dates = list.Select(a => a.Published).OfType<DateOnly>().Order().ToList();
        if (dates.Count > 0)
        {
            var span = dates[^1].ToDateTime(TimeOnly.MinValue) - dates[0].ToDateTime(TimeOnly.MinValue);
            var when = span < TimeSpan.FromDays(1)
                ? string.Create(CultureInfo.InvariantCulture, $"published on {dates[0]:yyyy-MM-dd}")
                : $"published over {span.Humanize(maxUnit: TimeUnit.Year, minUnit: TimeUnit.Day)}";
            var undated = list.Count - dates.Count;
            parts.Add(undated > 0 ? $"{when} ({undated} undated)" : when);
        }
        else
        {
            parts.Add("none dated");
        }
        return string.Join(", ", parts);
    }
}
