namespace Workbench.Cleaning;

/// <summary>Whether a line reads as a headline: a short line that starts like a title and ends without sentence punctuation.</summary>
/// <remarks>Used for the title (the first line of a page, when it is one) and to tell the headlines of a related list
/// from their teaser paragraphs, which end with "." or "...".</remarks>
public static class Headline
{
    /// <summary>The most words a headline has.</summary>
    public const int MaxWords = 35;

    /// <summary>Whether <paramref name="line"/> looks like a headline.</summary>
    /// <param name="line">A tidy line.</param>
    /// <returns><see langword="true"/> for "Vietnam makes pledge to Russia"; <see langword="false"/> for a sentence ending in ".".</returns>
    public static bool Looks(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return Looks(line.AsSpan());
    }

    /// <summary>Whether the line at hand, given as a span, looks like a headline (the cleaner reads lines in place).</summary>
    internal static bool Looks(ReadOnlySpan<char> line)
    {
        if (line.Length is < 3 or > 250)
        {
            return false;
        }
        var first = line[0];
        if (!(char.IsUpper(first) || char.IsDigit(first) || first is '"' or '“' or '‘' or '\''))
        {
            return false;
        }
        if (line[^1] is '.' or ',' or ';' or ':' or '…' or '-' or '–')
        {
            return false;
        }
        var words = Text.TextStatistics.CountWords(line);
        return words is >= 2 and <= MaxWords;
    }
}
