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

    /// <summary>Whether some of the items are a rank, position or honorific (a country alone is no title).</summary>
    public static bool HasTitleIn(ReadOnlySpan<Span> items)
    {
        foreach (var i in items)
        {
            if (KnowledgeLabels.IsTitle(i.Label))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The chain last read by <see cref="Scan"/> into <paramref name="scratch"/>, as a record of its own (made
    /// only for a chain that is kept).</summary>
    public static TitleChain From(Scratch scratch, int next) => new(scratch.Items.Span.ToArray(), scratch.Ends.Span.ToArray(), next);

    /// <summary>Reads a chain starting at token <paramref name="first"/> into <paramref name="scratch"/> (cleared first) and
    /// returns the token after it; commas join titles only when <paramref name="commas"/>.</summary>
    /// <remarks>Most chains read lead to no person (a title with no name after it, a country alone), so reading one makes
    /// nothing: <see cref="From"/> makes the record of a chain that is kept.</remarks>
    public static int Scan(DocumentContext context, SpanStarts spansByStart, string body, int first, bool commas, Scratch scratch)
    {
        var tokens = context.Tokens;
        var (items, ends) = (scratch.Items, scratch.Ends);
        items.Clear();
        ends.Clear();
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
                ends.WritableSpan[^1] = tok.End;
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
        return next;
    }

    /// <summary>
    /// "Ambassador to the Philippines", "Đại sứ Mỹ tại Việt Nam": the country a title is held in, not the holder's own.
    /// Returns the token after it (the chain goes on, the country is no item of it), or <see langword="null"/>.
    /// </summary>
    private static int? HostCountry(DocumentContext context, SpanStarts spansByStart, string body, int pos)
    {
        var tokens = context.Tokens;
        if (!context.Knowledge.TitleWords.HostWords.Contains(body, tokens[pos]))
        {
            return null;
        }
        var next = pos + 1 < tokens.Length && context.Knowledge.TitleWords.Articles.Contains(body, tokens[pos + 1]) ? pos + 2 : pos + 1;
        return next < tokens.Length && spansByStart.TryGetValue(tokens[next].Start, out var span) && span.Label == KnowledgeLabels.Country
            ? context.TokenAt(span.End)
            : null;
    }

    public static bool IsTitleWord(DocumentContext context, string body, Token tok) =>
        tok.IsCapitalized && context.Knowledge.TitleWords.Titles.Contains(body, tok);

    /// <summary>Pooled lists a chain is read into: the items and, for each, where its complement ends.</summary>
    public sealed class Scratch : IDisposable
    {
        public PooledList<Span> Items { get; } = new(8);

        public PooledList<int> Ends { get; } = new(8);

        public void Dispose()
        {
            Items.Dispose();
            Ends.Dispose();
        }
    }
}
