using System.Globalization;

namespace Workbench.Corpus;

/// <summary>
/// Narrow a set of articles to a period or a language, as a report's parameters ask. An article whose page gives no
/// publication date cannot be placed in a period: it is kept when no limit is set and left out when one is.
/// </summary>
public static class ArticleFilterExtensions
{
    /// <summary>The articles published between <paramref name="since"/> and <paramref name="until"/>, both included.</summary>
    /// <param name="articles">The articles to filter (a corpus or any selection).</param>
    /// <param name="since">The first day to keep, or <see langword="null"/> for no lower limit.</param>
    /// <param name="until">The last day to keep, or <see langword="null"/> for no upper limit.</param>
    /// <returns>The matching articles, in their original order.</returns>
    /// <exception cref="ArgumentException"><paramref name="since"/> is after <paramref name="until"/>.</exception>
    /// <example><c>corpus.PublishedBetween(new DateOnly(2023, 1, 1), null)</c></example>
    public static IReadOnlyList<Article> PublishedBetween(this IEnumerable<Article> articles, DateOnly? since, DateOnly? until)
    {
        ArgumentNullException.ThrowIfNull(articles);
        if (since > until)
        {
            throw new ArgumentException($"since ({since:yyyy-MM-dd}) is after until ({until:yyyy-MM-dd}).", nameof(since));
        }
        if (since is null && until is null)
        {
            return articles as IReadOnlyList<Article> ?? articles.ToList();
        }
        return articles.Where(a => a.Published is { } d && (since is null || d >= since) && (until is null || d <= until)).ToList();
    }

    /// <summary>
    /// The articles published between two <c>yyyy-MM-dd</c> dates, both included; an empty or blank date means no
    /// limit, the form a notebook's <c>parameters</c> cell and <c>-p since=2023-01-01</c> give.
    /// </summary>
    /// <param name="articles">The articles to filter.</param>
    /// <param name="since">The first day to keep (<c>yyyy-MM-dd</c>), or empty.</param>
    /// <param name="until">The last day to keep (<c>yyyy-MM-dd</c>), or empty.</param>
    /// <returns>The matching articles, in their original order.</returns>
    /// <exception cref="FormatException">A date is not <c>yyyy-MM-dd</c>.</exception>
    /// <example><c>Corpus.Load(articles).PublishedBetween(since, until)</c> with <c>since = "2023-01-01"</c>, <c>until = ""</c></example>
    public static IReadOnlyList<Article> PublishedBetween(this IEnumerable<Article> articles, string? since, string? until) =>
        articles.PublishedBetween(Day(since, nameof(since)), Day(until, nameof(until)));

    /// <summary>The articles in <paramref name="language"/> (<c>en</c>, <c>vi</c>); all of them when it is empty.</summary>
    /// <param name="articles">The articles to filter.</param>
    /// <param name="language">An ISO 639-1 code, or empty for every language.</param>
    /// <returns>The matching articles, in their original order.</returns>
    /// <example><c>corpus.InLanguage("vi")</c></example>
    public static IReadOnlyList<Article> InLanguage(this IEnumerable<Article> articles, string? language)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return string.IsNullOrWhiteSpace(language)
            ? articles as IReadOnlyList<Article> ?? articles.ToList()
            : articles.Where(a => string.Equals(a.Language, language.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
    }

    private static DateOnly? Day(string? text, string name) =>
        string.IsNullOrWhiteSpace(text) ? null
        : DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
        : throw new FormatException($"{name} must be a date as yyyy-MM-dd, not '{text}'.");
}
