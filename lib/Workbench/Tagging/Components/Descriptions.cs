using Workbench.Knowledge;
using Workbench.Tagging.Matching;

namespace Workbench.Tagging.Components;

/// <summary>Resolves "the [demonym] role" to the latest person mentioned before it whose titles fit.</summary>
internal static class Descriptions
{
    public static Span? Match(DocumentContext context, Document document, string body, int k, List<Span> added)
    {
        var tokens = context.Tokens;
        if (!tokens[k].Is(body, "the") || k + 1 >= tokens.Length)
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
        foreach (var (d, words) in context.Knowledge.DescriptionWords)
        {
            if (!Matches(tokens, body, pos, words))
            {
                continue;
            }
            var after = pos + words.Length;
            if (after < tokens.Length && tokens[after].IsCapitalized(body))
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

    /// <summary>The country span starting at <paramref name="start"/> (an index loop, no boxed enumerator: this runs for every "the").</summary>
    private static Span? CountryAt(DocumentContext context, int start)
    {
        foreach (var s in context.Spans.Items)
        {
            if (s.Start == start && s.Label == KnowledgeLabels.Country)
            {
                return s;
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
    private static PersonInfo? Latest(DocumentContext context, Document document, List<Span> added, int before, string? country, string requires)
    {
        var candidates = new List<Span>();
        foreach (var s in context.Spans.Items)
        {
            if (s.Label == KnowledgeLabels.Person && s.End <= before)
            {
                candidates.Add(s);
            }
        }
        foreach (var s in added)
        {
            if (s.Label == KnowledgeLabels.Person && s.End <= before)
            {
                candidates.Add(s);
            }
        }
        // OrderByDescending is stable: equal starts keep their order, which this walk from the latest start keeps too.
        var order = candidates.Select((s, i) => (s.Start, i)).OrderByDescending(p => p.Start);
        foreach (var (_, i) in order)
        {
            var p = document.People.First(p => p.Id == candidates[i].Id);
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
