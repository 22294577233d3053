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
/// from either end settles every item: "Anh, Đức, Pháp" counts both. A joiner of list-words.tsv ("và", "and") joins
/// only the last item of a list that has a comma in it ("Mỹ, Anh và Đức"): "Mỹ và Đức" alone does not decide, as "và"
/// joins names as readily as countries.</remarks>
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
        // Whether each match is a country that counts: every plain country alias, and the in-list ones found below
        // (only countries.tsv may mark an alias in-list, so no other label ever counts).
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
        // Then the last item, after a joiner of list-words.tsv, of a list with a comma in it: "Mỹ, Anh và Đức".
        var joiners = context.Knowledge.ListJoiners;
        for (var i = 2; i < matches.Length; i++)
        {
            counts[i] |= Standalone(matches, i, body, context) && counts[i - 1] && counts[i - 2]
                && joiners.Contains(Between(body, matches[i - 1].End, matches[i].Start)) && Between(body, matches[i - 2].End, matches[i - 1].Start) is [','];
        }
        return counts;
    }

    private static bool Listed(ReadOnlySpan<AliasMatch> matches, int i, int neighbour, bool[] counts, string body, DocumentContext context)
    {
        if (!Standalone(matches, i, body, context) || !counts[neighbour])
        {
            return false;
        }
        var (m, n) = (matches[i], matches[neighbour]);
        return (neighbour < i ? Between(body, n.End, m.Start) : Between(body, m.End, n.Start)) is [','];
    }

    /// <summary>Whether match <paramref name="i"/> is an in-list alias that nothing makes part of a name.</summary>
    private static bool Standalone(ReadOnlySpan<AliasMatch> matches, int i, string body, DocumentContext context) =>
        matches[i].Entry.InListOnly && !Touched(matches[i], body, context)
        && !(i > 0 && Titles(matches[i - 1]) && OnlySpace(body, matches[i - 1].End, matches[i].Start));

    /// <summary>The text between two matches without its white space; empty when the matches overlap (an overlap policy
    /// that keeps every match).</summary>
    private static ReadOnlySpan<char> Between(string body, int start, int end) => start <= end ? body.AsSpan(start, end - start).Trim() : [];

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
