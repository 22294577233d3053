namespace Workbench.Knowledge;

/// <summary>The words of <c>dates-words.tsv</c>, one set per kind: the words the date reader takes as part of a date.</summary>
/// <param name="DayLeads">Words before a day and month written in figures ("ngày 12-5", "chiều 16/9").</param>
/// <param name="WeekdayLeads">Words before a weekday name ("on Thursday", "last Monday", "chiều thứ Năm").</param>
/// <param name="DaySuffixes">What may follow the figures of a day in the same word ("9th", "1st").</param>
/// <param name="RangeJoiners">Words between the two days of a range ("8-10 November", "từ ngày 8 đến 10/11").</param>
/// <param name="Weekdays">The weekday names, from <c>dates-weekdays.tsv</c>.</param>
internal sealed record DateWords(WordSet DayLeads, WordSet WeekdayLeads, WordSet DaySuffixes, WordSet RangeJoiners, WeekdayNames Weekdays)
{
    public const string DayLead = "day-lead";
    public const string WeekdayLead = "weekday-lead";
    public const string DaySuffix = "day-suffix";
    public const string RangeJoiner = "range-joiner";

    /// <summary>The kinds a row of <c>dates-words.tsv</c> may have.</summary>
    public static readonly IReadOnlyList<string> Kinds = [DayLead, WeekdayLead, DaySuffix, RangeJoiner];
}

/// <summary>The weekday names of <c>dates-weekdays.tsv</c> ("Thursday", "thứ Năm", "Chủ nhật"), looked up by their text
/// as written between tokens, case ignored.</summary>
internal sealed class WeekdayNames
{
    private readonly Dictionary<string, DayOfWeek>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>The names, each with the words of its text separated by single spaces.</summary>
    public WeekdayNames(IEnumerable<(string Name, DayOfWeek Day)> names)
    {
        var byName = new Dictionary<string, DayOfWeek>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, day) in names)
        {
            byName.TryAdd(name, day);
            MaxWords = Math.Max(MaxWords, name.Count(c => c == ' ') + 1);
        }
        _lookup = byName.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The most words in one name (two: "thứ Năm").</summary>
    public int MaxWords { get; }

    public bool TryGet(ReadOnlySpan<char> text, out DayOfWeek day) => _lookup.TryGetValue(text, out day);
}
