namespace Workbench.Knowledge;

/// <summary>The words of <c>dates-words.tsv</c>, one set per kind: the words the date reader takes as part of a date.</summary>
/// <param name="DayLeads">Words before a day and month written in figures ("ngày 12-5", "chiều 16/9").</param>
/// <param name="WeekdayLeads">Words before a weekday name ("on Thursday", "last Monday").</param>
internal sealed record DateWords(WordSet DayLeads, WordSet WeekdayLeads)
{
    public const string DayLead = "day-lead";
    public const string WeekdayLead = "weekday-lead";

    /// <summary>The kinds a row of <c>dates-words.tsv</c> may have.</summary>
    public static readonly IReadOnlyList<string> Kinds = [DayLead, WeekdayLead];
}
