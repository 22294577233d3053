using System.Globalization;
using Workbench.Knowledge;
using Workbench.Tagging.Matching;

namespace Workbench.Tagging.Components;

/// <summary>A day, month and optional year read from tokens, and the index of the last token used.</summary>
internal readonly record struct DayMonth(int Day, int Month, int? Year, int Last);

/// <summary>Reads the date shapes the tagger knows from a token position.</summary>
internal readonly ref partial struct DateTokens
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
        // "8-10/11" is a range (Range reads it when dates-words.tsv joins its days with "-"), never the 8th of October;
        // "12/5-14/5" is the 12th of May.
        if (Number(d, 2) is not { } day || MonthInFigures(d) is not { } m || (Is(d + 1, "-") && Is(d + 3, "/")))
        {
            return null;
        }
        return m.Year is not null || lead ? new DayMonth(day, m.Month, m.Year, m.Last) : null;
    }

    /// <summary>"/11", "-5-2024": the month in figures after the day at token <paramref name="d"/>, and the year when it
    /// follows with the same separator; the index of the last token read.</summary>
    private (int Month, int? Year, int Last)? MonthInFigures(int d)
    {
        if (!(Is(d + 1, "/") || Is(d + 1, "-")) || Number(d + 2, 2) is not { } month)
        {
            return null;
        }
        return Is(d + 3, Text(d + 1)) && IsYear(d + 4) && Number(d + 4, 4) is { } year ? (month, year, d + 4) : (month, null, d + 2);
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
