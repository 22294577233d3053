using Workbench.Knowledge;
using Workbench.Tagging.Matching;

namespace Workbench.Tagging.Components;

/// <summary>A run of titles before or after a name: ranks, positions, honorifics, modifiers, and the countries and
/// bodies they belong to ("Russian Minister of Emergency Situations Sen. Lt. Gen.", "Thứ trưởng Bộ Quốc phòng").</summary>
/// <param name="Items">The spans of the chain, in order.</param>
/// <param name="ComplementEnds">For each item, where the capitalised complement after it ends ("of Emergency Situations").</param>
/// <param name="NextToken">The token after the chain (where a name would start).</param>
internal sealed record TitleChain(IReadOnlyList<Span> Items, IReadOnlyList<int> ComplementEnds, int NextToken)
{
    private static readonly HashSet<string> s_chainLabels =
    [
        KnowledgeLabels.Rank, KnowledgeLabels.Position, KnowledgeLabels.Honorific, KnowledgeLabels.Modifier,
        KnowledgeLabels.Country, KnowledgeLabels.Organization,
    ];

    /// <summary>Whether the chain holds a rank, position or honorific (a country alone is no title).</summary>
    public bool HasTitle => Items.Any(i => i.Label is KnowledgeLabels.Rank or KnowledgeLabels.Position or KnowledgeLabels.Honorific);

    /// <summary>Reads a chain starting at token <paramref name="first"/>; commas join titles only when <paramref name="commas"/>.</summary>
    public static TitleChain Read(DocumentContext context, IReadOnlyDictionary<int, Span> spansByStart, string body, int first, bool commas)
    {
        var tokens = context.Tokens;
        var items = new List<Span>();
        var ends = new List<int>();
        var next = first;
        var pos = first;
        while (pos < tokens.Length)
        {
            var tok = tokens[pos];
            if (spansByStart.TryGetValue(tok.Start, out var span) && s_chainLabels.Contains(span.Label))
            {
                items.Add(span);
                ends.Add(span.End);
                pos = next = context.TokenAt(span.End);
                continue;
            }
            if (items.Count == 0)
            {
                break;
            }
            if (tok.Is(body, ".") && tok.Start == items[^1].End && items[^1].Label is KnowledgeLabels.Rank or KnowledgeLabels.Honorific)
            {
                pos = next = pos + 1;
                continue;
            }
            if (IsTitleWord(context, body, tok))
            {
                pos = next = pos + 1;
                ends[^1] = tok.End;
                continue;
            }
            if ((!tok.IsWord && tok.Is(body, ",") && commas) || context.Knowledge.TitleWords.Connectors.Contains(body, tok))
            {
                pos++;
                continue;
            }
            if (HostCountry(context, spansByStart, body, pos) is { } after)
            {
                pos = next = after;
                continue;
            }
            break;
        }
        return new TitleChain(items, ends, next);
    }

    /// <summary>
    /// "Ambassador to the Philippines", "Đại sứ Mỹ tại Việt Nam": the country a title is held in, not the holder's own.
    /// Returns the token after it (the chain goes on, the country is no item of it), or <see langword="null"/>.
    /// </summary>
    private static int? HostCountry(DocumentContext context, IReadOnlyDictionary<int, Span> spansByStart, string body, int pos)
    {
        var tokens = context.Tokens;
        if (!context.Knowledge.TitleWords.HostWords.Contains(body, tokens[pos]))
        {
            return null;
        }
        var next = pos + 1 < tokens.Length && tokens[pos + 1].Is(body, "the") ? pos + 2 : pos + 1;
        return next < tokens.Length && spansByStart.TryGetValue(tokens[next].Start, out var span) && span.Label == KnowledgeLabels.Country
            ? context.TokenAt(span.End)
            : null;
    }

    public static bool IsTitleWord(DocumentContext context, string body, Token tok) =>
        tok.IsCapitalized(body) && context.Knowledge.TitleWords.Titles.Contains(body, tok);
}
