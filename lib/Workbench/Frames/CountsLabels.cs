using System.Globalization;
using Humanizer;

namespace Workbench.Frames;

/// <summary>
/// The readable labels the count tables carry next to their numbers ("mentioned in 3 articles", "2 years ago"),
/// made with Humanizer so singular and plural are always right.
/// </summary>
public static class CountsLabels
{
    /// <summary>How many articles name a person: "mentioned in 1 article", "mentioned in 3 articles".</summary>
    /// <param name="articles">The number of articles.</param>
    /// <example><c>CountsLabels.MentionedIn(3)</c> is <c>"mentioned in 3 articles"</c>.</example>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="articles"/> is negative.</exception>
    public static string MentionedIn(int articles)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(articles);
        return $"mentioned in {"article".ToQuantity(articles)}";
    }

    /// <summary>How many articles name a country: "named in 4 articles".</summary>
    /// <param name="articles">The number of articles.</param>
    /// <example><c>CountsLabels.NamedIn(1)</c> is <c>"named in 1 article"</c>.</example>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="articles"/> is negative.</exception>
    public static string NamedIn(int articles)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(articles);
        return $"named in {"article".ToQuantity(articles)}";
    }

    /// <summary>
    /// How long before <paramref name="asOf"/> a date lies, as people say it ("2 years ago", "yesterday").
    /// Counting from a fixed date rather than today keeps a notebook's output the same when it is run next year.
    /// </summary>
    /// <param name="date">The date to describe.</param>
    /// <param name="asOf">The date to count back from, e.g. the newest article's date.</param>
    /// <example><c>CountsLabels.Ago(new(2021, 9, 16), new(2023, 11, 9))</c> is <c>"2 years ago"</c>.</example>
    public static string Ago(DateOnly date, DateOnly asOf) =>
        date == asOf
            ? "that day"
            : date.ToDateTime(TimeOnly.MinValue).Humanize(utcDate: false, dateToCompareAgainst: asOf.ToDateTime(TimeOnly.MinValue),
                culture: CultureInfo.GetCultureInfo("en"));

    /// <summary>A date as a reader writes it ("9 November 2023"), or what is known of it ("9 November, year unknown").</summary>
    /// <param name="date">The full date, when the text gives the year.</param>
    /// <param name="partial">The date as the tagger wrote it (<c>2023-11-09</c> or <c>--11-09</c>) when <paramref name="date"/> is unknown.</param>
    /// <example><c>CountsLabels.Date(null, "--11-09")</c> is <c>"9 November, year unknown"</c>.</example>
    public static string Date(DateOnly? date, string? partial)
    {
        if (date is { } d)
        {
            return d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        }
        if (partial is { Length: 7 } p && p.StartsWith("--", StringComparison.Ordinal)
            && DateOnly.TryParseExact("2000" + p[1..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var md))
        {
            return md.ToString("d MMMM", CultureInfo.InvariantCulture) + ", year unknown";
        }
        return string.IsNullOrEmpty(partial) ? "date unknown" : partial;
    }
}
