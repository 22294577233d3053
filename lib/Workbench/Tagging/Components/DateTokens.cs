using System.Globalization;
using Workbench.Knowledge;
using Workbench.Tagging.Matching;

namespace Workbench.Tagging.Components;

/// <summary>A day, month and optional year read from tokens, and the index of the last token used.</summary>
internal readonly record struct DayMonth(int Day, int Month, int? Year, int Last);

/// <summary>Reads the date shapes the tagger knows from a token position.</summary>
internal readonly ref struct DateTokens
{
    private readonly string _body;
    private readonly ReadOnlySpan<Token> _tokens;
    private readonly MonthNames _months;
    private readonly DateWords _words;

    /// <summary>A reader over the tokens of <paramref name="body"/>, with month names looked up in <paramref name="months"/>
    /// and the words around a date (leads, ordinal suffixes, range joiners, weekdays) in <paramref name="words"/>.</summary>
    public DateTokens(string body, ReadOnlySpan<Token> tokens, MonthNames months, DateWords words)
    {
        _body = body;
        _tokens = tokens;
        _months = months;
        _words = words;
    }

    /// <summary>Whether token <paramref name="k"/> or one of the two after it starts with a digit: what
    /// <see cref="MonthFirst"/>, <see cref="Range"/>, <see cref="DayFirst"/> and <see cref="Numeric"/> each need to find
    /// anything.</summary>
    public bool DigitWithin3(int k) => StartsWithDigit(k) || StartsWithDigit(k + 1) || StartsWithDigit(k + 2);

    /// <summary>"November 9", "Nov. 9th, 2023", "November 8-10, 2023" (the first day of a range).</summary>
    public DayMonth? MonthFirst(int k)
    {
        // A day starts with a digit: look that up before the month name, which most capitalised words are not.
        var d = Is(k + 1, ".") ? k + 2 : k + 1;
        if (!StartsWithDigit(d) || Month(k) is not { } month)
        {
            return null;
        }
        if (Day(d) is not { } day)
        {
            return null;
        }
        // "November 8-10, 2023": the range's last day ends the span, unless a word other than a year follows it
        // ("November 8 and 10 soldiers" counts soldiers).
        var last = RangeEnd(d, day) is { } e && FitsMonth(e, month) && !(e + 1 < _tokens.Length && _tokens[e + 1].IsWord && !IsYear(e + 1)) ? e : d;
        return WithYear(day, month, last);
    }

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
        if (!(Is(last + 1, "/") || Is(last + 1, "-")) || Number(last + 2, 2) is not (>= 1 and <= 12 and var figures) || !FitsMonth(last, figures))
        {
            return null;
        }
        var sep = Text(last + 1);
        if (Is(last + 3, sep) && IsYear(last + 4) && Number(last + 4, 4) is { } year)
        {
            return new DayMonth(day, figures, year, last + 4);
        }
        return lead || IsLead(last - 1) ? new DayMonth(day, figures, null, last + 2) : null;
    }

    /// <summary>"9 November 2023".</summary>
    public DayMonth? DayFirst(int k) =>
        Day(k) is { } day && Month(k + 1) is { } month ? WithYear(day, month, k + 1) : null;

    /// <summary>"ngày 12-5", "chiều 16/9", "24/4/2024".</summary>
    public DayMonth? Numeric(int k)
    {
        // The day comes first, with or without a lead word: without a digit here or next there is no date.
        if (k >= _tokens.Length || !_tokens[k].IsWord || !(StartsWithDigit(k) || StartsWithDigit(k + 1)))
        {
            return null;
        }
        var lead = IsLead(k);
        var d = lead ? k + 1 : k;
        if (Number(d, 2) is not { } day || !(Is(d + 1, "/") || Is(d + 1, "-")) || Number(d + 2, 2) is not { } month)
        {
            return null;
        }
        var sep = Text(d + 1);
        // "8-10/11" is a range (Range reads it when dates-words.tsv joins its days with "-"), never the 8th of October;
        // "12/5-14/5" is the 12th of May.
        if (sep == "-" && Is(d + 3, "/"))
        {
            return null;
        }
        if (Is(d + 3, sep) && IsYear(d + 4) && Number(d + 4, 4) is { } year)
        {
            return new DayMonth(day, month, year, d + 4);
        }
        return lead ? new DayMonth(day, month, null, d + 2) : null;
    }

    /// <summary>"on Thursday", "chiều thứ Năm": a weekday name of dates-weekdays.tsv (one or more tokens) after a weekday
    /// lead of dates-words.tsv, written with a capital ("thứ năm" is also "fifth"); and the index of its last token.</summary>
    public (DayOfWeek Day, int Last)? Weekday(int k)
    {
        var (leads, names) = (_words.WeekdayLeads, _words.Weekdays);
        var n = Math.Min(names.MaxWords, _tokens.Length - 1 - k);
        // A capital among the next words is the cheapest test, and most tokens fail it.
        if (n < 1 || !_tokens[k].IsWord || !Capitalised(k + 1, k + n) || !leads.Contains(Span(k)))
        {
            return null;
        }
        for (var last = k + n; last > k; last--)
        {
            var start = _tokens[k + 1].Start;
            if (names.TryGet(_body.AsSpan(start, _tokens[last].End - start), out var day) && Capitalised(k + 1, last))
            {
                return (day, last);
            }
        }
        return null;
    }

    /// <summary>Whether one of the tokens <paramref name="first"/> to <paramref name="last"/> is a capitalised word.</summary>
    private bool Capitalised(int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (_tokens[i].IsCapitalized)
            {
                return true;
            }
        }
        return false;
    }

    private DayMonth WithYear(int day, int month, int dayToken)
    {
        var y = Is(dayToken + 1, ",") ? dayToken + 2 : dayToken + 1;
        return IsYear(y) && Number(y, 4) is { } year ? new DayMonth(day, month, year, y) : new DayMonth(day, month, null, dayToken);
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

    private bool IsYear(int k) => k < _tokens.Length && _tokens[k].End - _tokens[k].Start == 4 && Number(k, 4) is not null;

    /// <summary>Whether token <paramref name="k"/> is a day lead of dates-words.tsv ("ngày", "chiều").</summary>
    private bool IsLead(int k) => k < _tokens.Length && _tokens[k].IsWord && !_tokens[k].StartsWithDigit && _words.DayLeads.Contains(_body, _tokens[k]);

    /// <summary>The month a capitalised token names ("may" is a verb, "May" a month).</summary>
    private int? Month(int k) => k < _tokens.Length && _tokens[k].IsCapitalized && _months.TryGet(Span(k), out var m) ? m : null;

    /// <summary>A day number, allowing an ordinal suffix of dates-words.tsv in the same token ("9th").</summary>
    private int? Day(int k)
    {
        if (k >= _tokens.Length || !_tokens[k].IsWord)
        {
            return null;
        }
        var text = Span(k);
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }
        var rest = text[digits..];
        return digits is 1 or 2 && (rest.IsEmpty || _words.DaySuffixes.Contains(rest))
            ? int.Parse(text[..digits], NumberStyles.None, CultureInfo.InvariantCulture) : null;
    }

    private int? Number(int k, int maxDigits)
    {
        if (k >= _tokens.Length || !_tokens[k].IsWord || _tokens[k].End - _tokens[k].Start > maxDigits)
        {
            return null;
        }
        var text = Span(k);
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    private bool StartsWithDigit(int k) => k < _tokens.Length && _tokens[k].StartsWithDigit;

    private bool Is(int k, string value) => k < _tokens.Length && _tokens[k].Is(_body, value);

    private ReadOnlySpan<char> Span(int k) => _body.AsSpan(_tokens[k].Start, _tokens[k].End - _tokens[k].Start);

    private string Text(int k) => k < _tokens.Length ? _body[_tokens[k].Start.._tokens[k].End] : "";
}
