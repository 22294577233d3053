using Workbench.Knowledge;
using Workbench.Tagging.Matching;

namespace Workbench.Tagging.Components;

/// <summary>Resolves "the [demonym] role" to the latest person mentioned before it whose titles fit.</summary>
internal static class Descriptions
{
    /// <summary>The description starting at token <paramref name="k"/>, resolved, or <see langword="null"/>;
    /// <paramref name="added"/> holds the person spans found before it in this pass, ordered by start.</summary>
    public static Span? Match(DocumentContext context, Document document, string body, int k, ReadOnlySpan<Span> added)
    {
        var tokens = context.Tokens;
        if (k + 1 >= tokens.Length || !context.Knowledge.TitleWords.Articles.Contains(body, tokens[k]))
        {
            return null;
        }
        var pos = k + 1;
        string? country = null;
        if (CountryAt(context, tokens[pos].Start) is { } countrySpan)
        {
            country = countrySpan.Country;
            pos = context.TokenAt(countrySpan.End);
        }
        // An index loop: a foreach over the IReadOnlyList boxes its enumerator, for every "the".
        var descriptions = context.Knowledge.DescriptionWords;
        for (var i = 0; i < descriptions.Count; i++)
        {
            var (d, words) = descriptions[i];
            if (!Matches(tokens, body, pos, words))
            {
                continue;
            }
            var after = pos + words.Length;
            if (after < tokens.Length && tokens[after].IsCapitalized)
            {
                return null;
            }
            var start = tokens[k].Start;
            var person = Latest(context, document, added, start, country, d.Requires);
            return person is null ? null
                : new Span(start, tokens[after - 1].End, KnowledgeLabels.Person, person.Id, "description", person.Country);
        }
        return null;
    }

    /// <summary>The country span starting at <paramref name="start"/>: the spans starting there, found by a binary search.</summary>
    private static Span? CountryAt(DocumentContext context, int start)
    {
        var spans = context.Spans.Items;
        for (var i = context.Spans.IndexAt(start); i < spans.Length && spans[i].Start == start; i++)
        {
            if (spans[i].Label == KnowledgeLabels.Country)
            {
                return spans[i];
            }
        }
        return null;
    }

    private static bool Matches(ReadOnlySpan<Token> tokens, string body, int pos, string[] words)
    {
        if (pos + words.Length > tokens.Length)
        {
            return false;
        }
        for (var i = 0; i < words.Length; i++)
        {
            if (!tokens[pos + i].Is(body, words[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The latest person span before <paramref name="before"/> (of the document's or those just added) whose
    /// person fits: latest by start, the document's first on a tie, as a stable sort of both lists would give.</summary>
    /// <remarks>Both lists are ordered by start, so that order is a walk back over both, a start at a time: no list of
    /// candidates is made and sorted for every description.</remarks>
    private static PersonInfo? Latest(DocumentContext context, Document document, ReadOnlySpan<Span> added, int before, string? country, string requires)
    {
        var spans = context.Spans.Items;
        int a = spans.Length - 1, b = added.Length - 1;
        while (a >= 0 || b >= 0)
        {
            var start = Math.Max(a >= 0 ? spans[a].Start : int.MinValue, b >= 0 ? added[b].Start : int.MinValue);
            var a0 = a;
            while (a0 >= 0 && spans[a0].Start == start)
            {
                a0--;
            }
            var b0 = b;
            while (b0 >= 0 && added[b0].Start == start)
            {
                b0--;
            }
            var person = Fitting(document, spans[(a0 + 1)..(a + 1)], before, country, requires)
                ?? Fitting(document, added[(b0 + 1)..(b + 1)], before, country, requires);
            if (person is not null)
            {
                return person;
            }
            a = a0;
            b = b0;
        }
        return null;
    }

    /// <summary>The person of the first span of <paramref name="spans"/> that is a person's, ends before
    /// <paramref name="before"/>, and whose person fits.</summary>
    private static PersonInfo? Fitting(Document document, ReadOnlySpan<Span> spans, int before, string? country, string requires)
    {
        foreach (var s in spans)
        {
            if (s.Label != KnowledgeLabels.Person || s.End > before)
            {
                continue;
            }
            // Every person span is of one of the document's people; were one not, this fails as Enumerable.First did.
            var p = PersonBook.Find(document.People, s.Id) ?? throw new InvalidOperationException("Sequence contains no matching element");
            if ((country is null || p.Country == country)
                && (requires.Length == 0 || (p.Position ?? "").Contains(requires, StringComparison.OrdinalIgnoreCase)
                    || (p.Rank ?? "").Contains(requires, StringComparison.OrdinalIgnoreCase)))
            {
                return p;
            }
        }
        return null;
    }
}
