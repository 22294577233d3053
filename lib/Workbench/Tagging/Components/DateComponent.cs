using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Workbench.Knowledge;

namespace Workbench.Tagging.Components;

/// <summary>
/// Dates in the text ("on November 9", "9 November 2023", "on Thursday", "Ngày 12-5", "chiều 16/9", "24/4/2024"),
/// resolved against <see cref="Corpus.Article.Published"/>. Without a published date and a year in the text the date
/// stays partial (<c>--05-12</c>); a weekday without a published date is not resolved at all. Nothing is guessed.
/// </summary>
internal sealed partial class DateComponent : ITaggingComponent
{
    /// <summary>How far after the published date a day-and-month may lie before it is read as last year's.</summary>
    private const int FutureWindowDays = 60;

    public string Name => "dates";

    public IReadOnlyList<string> Labels => [KnowledgeLabels.Date];

    public Document Apply(Document document, DocumentContext context)
    {
        var body = document.Article.Body;
        var published = document.Article.Published;
        var spans = new List<Span>();
        foreach (Match m in MonthNames(context.Knowledge).Matches(body))
        {
            var monthGroup = m.Groups["m1"].Success ? m.Groups["m1"] : m.Groups["m2"];
            var day = m.Groups["d1"].Success ? m.Groups["d1"].Value : m.Groups["d2"].Value;
            var year = m.Groups["y1"].Success ? m.Groups["y1"].Value : m.Groups["y2"].Value;
            if (context.Knowledge.Months.TryGetValue(monthGroup.Value, out var month))
            {
                Add(spans, m, Resolve(Int(day), month, year.Length > 0 ? Int(year) : null, published));
            }
        }
        foreach (Match m in Numeric().Matches(body))
        {
            Add(spans, m, Resolve(Int(m.Groups["d"].Value), Int(m.Groups["m"].Value), m.Groups["y"].Success ? Int(m.Groups["y"].Value) : null, published));
        }
        foreach (Match m in Weekday().Matches(body))
        {
            if (published is { } p && Enum.TryParse<DayOfWeek>(m.Groups["w"].Value, ignoreCase: true, out var weekday))
            {
                var back = ((int)p.DayOfWeek - (int)weekday + 7) % 7;
                Add(spans, m, p.AddDays(-back).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
        }
        return document with { Spans = SpanList.Merge(document.Spans, spans) };
    }

    /// <summary>The ISO form of a day and month: full when the year is written or can be read off the published date.</summary>
    internal static string? Resolve(int day, int month, int? year, DateOnly? published)
    {
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year ?? 2024, month))
        {
            return null;
        }
        if (year is null && published is { } p)
        {
            year = new DateOnly(p.Year, month, Math.Min(day, DateTime.DaysInMonth(p.Year, month))) > p.AddDays(FutureWindowDays) ? p.Year - 1 : p.Year;
        }
        return year is { } y
            ? new DateOnly(y, month, Math.Min(day, DateTime.DaysInMonth(y, month))).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"--{month:00}-{day:00}");
    }

    private static void Add(List<Span> spans, Match m, string? iso)
    {
        if (iso is not null && !spans.Exists(s => s.Start < m.Index + m.Length && m.Index < s.End))
        {
            spans.Add(new Span(m.Index, m.Index + m.Length, KnowledgeLabels.Date, "date:" + iso, "date-pattern"));
        }
    }

    private static int Int(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static readonly ConditionalWeakTable<KnowledgeData, Regex> s_monthRegex = new();

    private static Regex MonthNames(KnowledgeData knowledge) => s_monthRegex.GetValue(knowledge, k =>
    {
        var names = string.Join('|', k.Months.Keys.OrderByDescending(n => n.Length).Select(Regex.Escape));
        return new Regex(
            $@"\b(?:(?<m1>{names})\.?\s+(?<d1>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?<y1>\d{{4}})\b)?|(?<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?<m2>{names})\b\.?(?:,?\s+(?<y2>\d{{4}})\b)?)",
            RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    });

    [GeneratedRegex(@"(?:\b(?:ngày|sáng|chiều|tối|trưa|đêm)\s+(?<d>\d{1,2})[/-](?<m>\d{1,2})(?:[/-](?<y>\d{4}))?\b|\b(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>\d{4})\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();

    [GeneratedRegex(@"\b(?:on|last|this)\s+(?<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();
}
