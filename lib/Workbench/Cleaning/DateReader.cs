using System.Globalization;
using System.Text.RegularExpressions;

namespace Workbench.Cleaning;

/// <summary>Reads a date (and time) from the named groups of a date rule's match: <c>y</c>, <c>m</c> or <c>mon</c>,
/// <c>d</c>, and optionally <c>H</c>, <c>M</c>, <c>ampm</c>.</summary>
internal static class DateReader
{
    public static (DateOnly Date, TimeOnly? Time)? Read(Match match, IReadOnlyDictionary<string, int> months)
    {
        if (!match.Success || !TryInt(match.Groups["y"], out var y) || !TryInt(match.Groups["d"], out var d))
        {
            return null;
        }
        int m;
        if (!TryInt(match.Groups["m"], out m))
        {
            var name = match.Groups["mon"];
            if (!name.Success || !months.TryGetValue(name.Value, out m))
            {
                return null;
            }
        }
        if (y is < 1900 or > 2100 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return null;
        }
        TimeOnly? time = null;
        if (TryInt(match.Groups["H"], out var h) && TryInt(match.Groups["M"], out var min))
        {
            var ampm = match.Groups["ampm"];
            if (ampm.Success)
            {
                var pm = ampm.Value.StartsWith('p') || ampm.Value.StartsWith('P');
                h = (h % 12) + (pm ? 12 : 0);
            }
            if (h is >= 0 and < 24 && min is >= 0 and < 60)
            {
                time = new TimeOnly(h, min);
            }
        }
        return (new DateOnly(y, m, d), time);
    }

    private static bool TryInt(Group g, out int value)
    {
        value = 0;
        return g.Success && int.TryParse(g.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}

/// <summary>Reads the ISO 8601 dates that containers carry (JSONL <c>published</c>, HTML meta tags and <c>&lt;time&gt;</c>).</summary>
internal static class IsoDate
{
    private static readonly string[] s_dateFormats = ["yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd"];

    /// <summary>Reads "2023-07-07" or "2023-07-07T08:21:00+03:00"; a time is the local time the text gives.</summary>
    public static bool TryParse(string? text, out DateOnly date, out TimeOnly? time)
    {
        time = null;
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var s = text.Trim();
        if (DateOnly.TryParseExact(s, s_dateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }
        if (s.Length >= 16 && char.IsAsciiDigit(s[0])
            && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var dto))
        {
            date = DateOnly.FromDateTime(dto.DateTime);
            time = TimeOnly.FromDateTime(dto.DateTime);
            return true;
        }
        return false;
    }
}
