using Workbench.Knowledge;
using Workbench.Tagging.Matching;

namespace Workbench.Tagging.Components;

/// <summary>
/// People, including people in no list: a capitalised name after a title chain ("Minister of National Defence Gen.
/// Phan Van Giang", "Đô đốc Viktor Nikolayevich Liina", "ông Mogilevskiy Konstantin Ilich") or before an appositive
/// ("Hoang Xuan Chien, who chairs …"). The titles before the name and in the appositive after it
/// (", Thứ trưởng Bộ Quốc phòng") give the person's rank, position and country.
/// </summary>
internal sealed class PersonComponent : ITaggingComponent
{
    private const int MaxNameTokens = 6;

    /// <summary>The label of the whole title chain before a name; what it covers is a person's title, not the article's topic.</summary>
    internal const string TitleLabel = "title";

    public string Name => "persons";

    public IReadOnlyList<string> Labels => [KnowledgeLabels.Person];

    public Document Apply(Document document, DocumentContext context)
    {
        var body = document.Article.Body;
        using var spansByStart = new SpanStarts(context.Spans.Items, body.Length);
        var people = new PersonBook(context, document);
        using var found = new PooledList<Span>(8);
        using var titles = new PooledList<Span>(8);
        using var scratch = new TitleChain.Scratch();
        var tokens = context.Tokens;
        for (var k = 0; k < tokens.Length; k++)
        {
            if (!spansByStart.TryGetValue(tokens[k].Start, out var first) || !MayStartChain(first, spansByStart, context, k))
            {
                continue;
            }
            var next = TitleChain.Scan(context, spansByStart, body, k, commas: true, scratch);
            if (!TitleChain.HasTitleIn(scratch.Items.Span))
            {
                continue;
            }
            var nameEnd = ReadName(context, spansByStart, body, next);
            if (nameEnd - next < 2)
            {
                continue;
            }
            var chain = TitleChain.From(scratch, next);
            var after = Appositive(context, spansByStart, body, nameEnd, scratch, out var appositive);
            found.Add(people.Add(tokens[chain.NextToken].Start, tokens[nameEnd - 1].End, "title-chain", chain, appositive));
            titles.Add(new Span(chain.Items[0].Start, tokens[chain.NextToken].Start, TitleLabel, "title", "title-chain"));
            k = Math.Max(k, after - 1);
        }
        WhoAppositives(context, spansByStart, body, people, found, scratch);
        var resolved = people.Resolve();
        using var added = new PooledList<Span>(found.Count + titles.Count);
        foreach (var f in found.Span)
        {
            added.Add(f with { Country = PersonBook.Find(resolved, f.Id)!.Country });
        }
        foreach (var t in titles.Span)
        {
            added.Add(t);
        }
        context.Spans.Replace(found.Span, added.Span);
        return document with { People = resolved };
    }

    // Loops, not lambdas: these run for every span and every token, and a capturing lambda allocates each time.
    private static bool HasPosition(ReadOnlySpan<Span> spans)
    {
        foreach (var s in spans)
        {
            if (s.Label == KnowledgeLabels.Position)
            {
                return true;
            }
        }
        return false;
    }

    private static bool StartsAt(ReadOnlySpan<Span> spans, int start)
    {
        foreach (var p in spans)
        {
            if (p.Start == start)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A country or body starts a chain only when a title follows within a few tokens ("Russian Minister …").</summary>
    private static bool MayStartChain(Span first, SpanStarts spansByStart, DocumentContext context, int k)
    {
        if (KnowledgeLabels.IsTitle(first.Label) || first.Label == KnowledgeLabels.Modifier)
        {
            return true;
        }
        if (first.Label is not (KnowledgeLabels.Country or KnowledgeLabels.Organization))
        {
            return false;
        }
        var tokens = context.Tokens;
        for (var j = context.TokenAt(first.End); j < tokens.Length && j < k + 12; j++)
        {
            if (spansByStart.TryGetValue(tokens[j].Start, out var next) && KnowledgeLabels.IsTitle(next.Label))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The token after a capitalised name starting at <paramref name="first"/>.</summary>
    private static int ReadName(DocumentContext context, SpanStarts spansByStart, string body, int first)
    {
        var tokens = context.Tokens;
        var pos = first;
        while (pos < tokens.Length && pos - first < MaxNameTokens && tokens[pos].IsCapitalized && !TitleChain.IsTitleWord(context, body, tokens[pos]))
        {
            if (spansByStart.TryGetValue(tokens[pos].Start, out var span) && (pos == first || context.TokenAt(span.End) - pos > 1
                || span.Label is KnowledgeLabels.Position or KnowledgeLabels.Organization
                || (span.Label is KnowledgeLabels.Rank && !EndsName(tokens, body, pos))))
            {
                break;
            }
            pos += 1 + Joined(tokens, body, pos, context.Knowledge.TitleWords.NameSuffixes);
        }
        return pos;
    }

    /// <summary>
    /// How many tokens after the name word at <paramref name="pos"/> still belong to it, written without spaces: the rest
    /// of a hyphenated name ("Yong-hyun", "Jean-Pierre", "Xổm-xỉ"), the dot of an initial or suffix ("Charles Q. Brown",
    /// "Romeo Brawner Jr.").
    /// </summary>
    private static int Joined(ReadOnlySpan<Token> tokens, string body, int pos, WordSet nameSuffixes)
    {
        var word = tokens[pos];
        if (pos + 2 < tokens.Length && Hyphenated(tokens, body, pos))
        {
            return 2 + Joined(tokens, body, pos + 2, nameSuffixes);
        }
        var initial = word.End - word.Start == 1 && pos + 2 < tokens.Length && tokens[pos + 2].IsCapitalized;
        var suffix = nameSuffixes.Contains(body, word);
        return (initial || suffix) && pos + 1 < tokens.Length && tokens[pos + 1].Is(body, ".") && Adjacent(word, tokens[pos + 1]) ? 1 : 0;
    }

    /// <summary>A rank word inside a name that no name follows is the name's last part ("Minister of Defence Nakatani
    /// Gen and …"): a rank always heads a name.</summary>
    private static bool EndsName(ReadOnlySpan<Token> tokens, string body, int pos) =>
        pos + 1 >= tokens.Length || !tokens[pos + 1].IsCapitalized;

    /// <summary>Whether a span already tagged covers part of the range ("… Quân đội nhân dân Việt Nam, Thứ trưởng …":
    /// "Việt Nam" ends an organisation, it is no name).</summary>
    private static bool InsideEntity(SpanStarts spansByStart, int start, int end)
    {
        foreach (var s in spansByStart.Spans)
        {
            if (s.Start < end && start < s.End)
            {
                return true;
            }
        }
        return false;
    }

    private static bool Adjacent(Token a, Token b) => a.End == b.Start;

    /// <summary>Whether the token at <paramref name="left"/> and the word two tokens on are one hyphenated word, written
    /// with no space around the hyphen ("Yong-hyun"); the caller makes sure both tokens exist.</summary>
    private static bool Hyphenated(ReadOnlySpan<Token> tokens, string body, int left) =>
        tokens[left + 1].Is(body, "-") && Adjacent(tokens[left], tokens[left + 1]) && Adjacent(tokens[left + 1], tokens[left + 2])
        && tokens[left + 2].IsWord;

    /// <summary>The first token of the capitalised words that end before token <paramref name="end"/>, and how many words
    /// they are: read backwards as <see cref="Joined"/> reads forwards, so that the tail of a hyphenated name ("Hsiao
    /// Bi-khim", "Lee Jae-myung") stays with its word.</summary>
    private static (int First, int Words) NameBefore(ReadOnlySpan<Token> tokens, string body, SpanStarts spansByStart, int end)
    {
        var (first, words) = (end, 0);
        while (first > 0 && end - first < MaxNameTokens)
        {
            var at = first - 1;
            while (at >= 2 && Hyphenated(tokens, body, at - 2))
            {
                at -= 2;
            }
            if (!tokens[at].IsCapitalized || spansByStart.ContainsKey(tokens[at].Start))
            {
                break;
            }
            (first, words) = (at, words + 1);
        }
        return (first, words);
    }

    /// <summary>", Thứ trưởng Bộ Quốc phòng, …": comma-separated title segments after a name; returns the token after them.</summary>
    /// <remarks>A segment starts with a position or modifier: where no such span follows the comma no chain is read (most
    /// commas), and the list is made only for a segment found.</remarks>
    private static int Appositive(DocumentContext context, SpanStarts spansByStart, string body, int pos, TitleChain.Scratch scratch,
        out IReadOnlyList<TitleChain> segments)
    {
        List<TitleChain>? found = null;
        segments = [];
        var tokens = context.Tokens;
        while (pos + 1 < tokens.Length && tokens[pos].Is(body, ","))
        {
            if (!LeadsTitle(spansByStart, tokens[pos + 1]))
            {
                break;
            }
            var next = TitleChain.Scan(context, spansByStart, body, pos + 1, commas: false, scratch);
            // The lead span checked above is the chain's first item.
            if (!HasPosition(scratch.Items.Span))
            {
                break;
            }
            segments = found ??= [];
            found.Add(TitleChain.From(scratch, next));
            pos = next;
        }
        return pos;
    }

    /// <summary>Whether a position or a modifier ("Former") starts at <paramref name="token"/>: what an appositive title
    /// after a comma starts with.</summary>
    private static bool LeadsTitle(SpanStarts spansByStart, Token token) =>
        spansByStart.TryGetValue(token.Start, out var lead) && lead.Label is KnowledgeLabels.Position or KnowledgeLabels.Modifier;

    /// <summary>"Hoang Xuan Chien, who chairs …", "Zhang Youxia, vice chairman of China's Central Military Commission":
    /// a capitalised name of two or more words before ", who" or a comma and a title led by a position, added to
    /// <paramref name="found"/> (with that title) unless a person already starts there.</summary>
    private static void WhoAppositives(DocumentContext context, SpanStarts spansByStart, string body, PersonBook people, PooledList<Span> found,
        TitleChain.Scratch scratch)
    {
        var tokens = context.Tokens;
        for (var k = 2; k + 1 < tokens.Length; k++)
        {
            if (!tokens[k].Is(body, ","))
            {
                continue;
            }
            // The cheap tests first: a title after the comma is read only for a new name before it.
            var who = tokens[k + 1].Is(body, "who");
            if (!who && !LeadsTitle(spansByStart, tokens[k + 1]))
            {
                continue;
            }
            var (first, words) = NameBefore(tokens, body, spansByStart, k);
            if (words < 2 || ReadName(context, spansByStart, body, first) != k || StartsAt(found.Span, tokens[first].Start)
                || InsideEntity(spansByStart, tokens[first].Start, tokens[k - 1].End))
            {
                continue;
            }
            IReadOnlyList<TitleChain> appositive = [];
            if (who || Appositive(context, spansByStart, body, k, scratch, out appositive) > k)
            {
                found.Add(people.Add(tokens[first].Start, tokens[k - 1].End, "appositive", null, appositive));
            }
        }
    }
}
