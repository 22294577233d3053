using System.Globalization;
using Workbench.Knowledge;
using Workbench.Tagging.Matching;

namespace Workbench.Tagging.Components;

/// <summary>
/// Dates in the text ("on November 9", "9 November 2023", "on Thursday", "chiều thứ Năm", "Ngày 12-5", "chiều 16/9",
/// "24/4/2024"; a range, "8-10 November" or "từ ngày 8 đến 10/11", as its first day), resolved against
/// <see cref="Corpus.Article.Published"/>. Without a published date and a year in the text
/// the date stays partial (<c>--05-12</c>); a weekday without a published date is not resolved at all. Nothing is guessed.
/// </summary>
/// <remarks>Read from the tokens in one pass (no regular expression over the whole text); month names come from
/// <c>dates-months.tsv</c>, weekday names from <c>dates-weekdays.tsv</c>, the words that lead a date ("ngày", "on") from
/// <c>dates-words.tsv</c>.</remarks>
internal sealed class DateComponent : ITaggingComponent
{
    /// <summary>How far after the published date a day-and-month may lie before it is read as last year's.</summary>
    private const int FutureWindowDays = 60;

    public string Name => "dates";

    public IReadOnlyList<string> Labels => [KnowledgeLabels.Date];

    public Document Apply(Document document, DocumentContext context)
    {
        var reader = new DateTokens(document.Article.Body, context.Tokens, context.Knowledge.Months,
            context.Knowledge.DateWords);
        var published = document.Article.Published;
        using var spans = new PooledList<Span>(16);
        var count = context.Tokens.Length;
        for (var k = 0; k < count; k++)
        {
            // Every shape but a weekday has a number within three tokens: most tokens are passed over on that alone.
            var found = reader.DigitWithin3(k) ? reader.MonthFirst(k) ?? reader.Range(k) ?? reader.DayFirst(k) ?? reader.Numeric(k) : null;
            if (found is { } f && Resolve(f.Day, f.Month, f.Year, published) is { } iso)
            {
                spans.Add(Date(context, k, f.Last, iso));
                k = f.Last;
            }
            else if (published is { } p && reader.Weekday(k) is var (weekday, last))
            {
                var back = ((int)p.DayOfWeek - (int)weekday + 7) % 7;
                spans.Add(Date(context, k, last, p.AddDays(-back).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
                k = last;
            }
        }
        context.Spans.Merge(spans.WritableSpan);
        return document;
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

    private static Span Date(DocumentContext context, int first, int last, string iso) =>
        new(context.Tokens[first].Start, context.Tokens[last].End, KnowledgeLabels.Date, context.Strings.Get("date:", iso), "date-pattern");
}
