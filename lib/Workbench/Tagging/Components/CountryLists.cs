using Workbench.Knowledge;
using Workbench.Tagging.Matching;

namespace Workbench.Tagging.Components;

/// <summary>
/// Which in-list aliases stand in a list of countries: "Mỹ, Nga, Pháp, Anh, Đức, Israel" names Britain and Germany,
/// while "Anh" and "Đức" elsewhere are given names ("Trần Minh Đức") or common words ("anh", brother).
/// </summary>
/// <remarks>An in-list alias counts when a comma, and nothing else, separates it from a country that counts (a plain
/// alias, or an in-list one that counts already), and nothing that makes it a name touches it: a capitalised word on
/// either side ("Pháp, Anh Tuấn") or a title or honorific before it ("Theo ông Đức, Mỹ …", "Đại tá Đức"). A list read
/// from either end settles every item: "Anh, Đức, Pháp" counts both. Only a comma joins: "Mỹ, Anh và Đức" leaves
/// "Đức" out, as "và" joins names as readily as countries.</remarks>
internal static class CountryLists
{
    /// <summary>For each match, whether an in-list alias counts; <see langword="null"/> when no match is in-list (most
    /// articles), so nothing is allocated for them.</summary>
    public static bool[]? Accepted(ReadOnlySpan<AliasMatch> matches, string body, DocumentContext context)
    {
        var any = false;
        foreach (var m in matches)
        {
            any |= m.Entry.InListOnly;
        }
        if (!any)
        {
            return null;
        }
        var counts = new bool[matches.Length];
        for (var i = 0; i < matches.Length; i++)
        {
            counts[i] = matches[i].Entry.Label == KnowledgeLabels.Country && !matches[i].Entry.InListOnly;
        }
        // Left to right, then right to left: each in-list item next to a counted country counts.
        for (var i = 1; i < matches.Length; i++)
        {
            counts[i] |= Listed(matches, i, i - 1, counts, body, context);
        }
        for (var i = matches.Length - 2; i >= 0; i--)
        {
            counts[i] |= Listed(matches, i, i + 1, counts, body, context);
        }
        return counts;
    }

    private static bool Listed(ReadOnlySpan<AliasMatch> matches, int i, int neighbour, bool[] counts, string body, DocumentContext context)
    {
        var (m, n) = (matches[i], matches[neighbour]);
        if (!m.Entry.InListOnly || !counts[neighbour] || n.Entry.Label != KnowledgeLabels.Country || Touched(m, body, context)
            || (i > 0 && Titles(matches[i - 1]) && OnlySpace(body, matches[i - 1].End, m.Start)))
        {
            return false;
        }
        return neighbour < i ? OnlyComma(body, n.End, m.Start) : OnlyComma(body, m.End, n.Start);
    }

    /// <summary>Whether the text from <paramref name="start"/> to <paramref name="end"/> is one comma and white space.</summary>
    private static bool OnlyComma(string body, int start, int end)
    {
        if (start > end)
        {
            return false;
        }
        var between = body.AsSpan(start, end - start).Trim();
        return between is [','];
    }

    /// <summary>Whether a capitalised word comes right before or after the match, with only white space between.</summary>
    private static bool Touched(AliasMatch m, string body, DocumentContext context)
    {
        var tokens = context.Tokens;
        var first = context.TokenAt(m.Start);
        var after = context.TokenAt(m.End);
        return (first > 0 && tokens[first - 1].IsCapitalized && OnlySpace(body, tokens[first - 1].End, m.Start))
            || (after < tokens.Length && tokens[after].IsCapitalized && OnlySpace(body, m.End, tokens[after].Start));
    }

    private static bool Titles(AliasMatch m) =>
        m.Entry.Label is KnowledgeLabels.Rank or KnowledgeLabels.Position or KnowledgeLabels.Honorific or KnowledgeLabels.Modifier;

    private static bool OnlySpace(string body, int start, int end) => start <= end && body.AsSpan(start, end - start).IsWhiteSpace();
}
