namespace Workbench.Tagging.Components;

/// <summary>Ranges of days ("8-10 November", "từ ngày 8 đến ngày 10/11"): one date, the first day's.</summary>
internal readonly ref partial struct DateTokens
{
    /// <summary>"8-10 November", "8 and 9 November 2023", "ngày 8-10/11", "từ ngày 8 đến ngày 10/11/2023": two days
    /// joined by a word of dates-words.tsv, the month (and year) after the last; the date is the first day's.</summary>
    /// <remarks>A month in figures needs a lead word before one of the days, or a year, as a bare day and month do
    /// (<see cref="Numeric"/>): "8-10/11" alone may be anything.</remarks>
    public DayMonth? Range(int k)
    {
        var lead = IsLead(k);
        var d = lead ? k + 1 : k;
        if (Day(d) is not { } day || RangeEnd(d, day) is not { } last)
        {
            return null;
        }
        if (Month(last + 1) is { } month)
        {
            return FitsMonth(last, month) ? WithYear(day, month, last + 1) : null;
        }
        if (MonthInFigures(last) is not { Month: >= 1 and <= 12 } m || !FitsMonth(last, m.Month))
        {
            return null;
        }
        return m.Year is not null || lead || IsLead(last - 1) ? new DayMonth(day, m.Month, m.Year, m.Last) : null;
    }

    /// <summary>The last day of a range whose first day, <paramref name="first"/>, is at token <paramref name="d"/>: after a
    /// joiner and perhaps a lead word ("8 đến ngày 10"), a later day; or <see langword="null"/>.</summary>
    private int? RangeEnd(int d, int first)
    {
        if (d + 2 >= _tokens.Length || !_words.RangeJoiners.Contains(_body, _tokens[d + 1]))
        {
            return null;
        }
        var e = IsLead(d + 2) ? d + 3 : d + 2;
        return Day(e) is { } last && last > first ? e : null;
    }

    /// <summary>Whether the day at token <paramref name="k"/> (the last of a range) lies within <paramref name="month"/>
    /// of some year ("30-31/11" is no range).</summary>
    private bool FitsMonth(int k, int month) => Day(k) is { } day && day <= DateTime.DaysInMonth(2024, month);
}
