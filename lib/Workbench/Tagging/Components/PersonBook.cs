using Workbench.Knowledge;

namespace Workbench.Tagging.Components;

/// <summary>The people of one article as they are found, merged by id, with the evidence for their attributes.</summary>
internal sealed class PersonBook(DocumentContext context, Document document)
{
    private readonly Dictionary<string, Entry> _byId = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    private sealed class Entry(string name)
    {
        public string Name { get; } = name;
        public string? Rank { get; set; }
        public (PositionTitle Title, int Priority)? Position { get; set; }
        public string? Country { get; set; }
    }

    public static string IdOf(string name) => "person:" + NameFolding.Key(name).Replace(' ', '-');

    /// <summary>The person of <paramref name="id"/> among <paramref name="people"/>, or <see langword="null"/> (a loop:
    /// an article has few people, and this runs for every mention and event).</summary>
    public static PersonInfo? Find(IReadOnlyList<PersonInfo> people, string id)
    {
        for (var i = 0; i < people.Count; i++)
        {
            if (people[i].Id == id)
            {
                return people[i];
            }
        }
        return null;
    }

    public Span Add(int start, int end, string rule, TitleChain? chain, IReadOnlyList<TitleChain> appositive)
    {
        var body = document.Article.Body;
        // The name as written and its id are the run's strings: every mention of a name, in any article, shares them.
        var written = context.Strings.Get(body.AsSpan(start, end - start));
        var id = context.Strings.PersonId(written, IdOf);
        if (!_byId.TryGetValue(id, out var entry))
        {
            _byId[id] = entry = new Entry(written);
            _order.Add(id);
        }
        // Loops over the chain and then the appositives, not a combined array and LINQ: this runs for every name found.
        entry.Country ??= LastOf(chain, KnowledgeLabels.Country)?.Country ?? CountryOfBody(chain, appositive);
        entry.Rank ??= LastOf(chain, KnowledgeLabels.Rank)?.Id ?? FirstRank(appositive);
        if (chain is not null)
        {
            TakePositions(entry, body, chain);
        }
        for (var i = 0; i < appositive.Count; i++)
        {
            TakePositions(entry, body, appositive[i]);
        }
        return new Span(start, end, KnowledgeLabels.Person, id, rule);
    }

    /// <summary>The position of highest priority among the chain's items, kept over the entry's (the first wins a tie).</summary>
    private void TakePositions(Entry entry, string body, TitleChain c)
    {
        for (var i = 0; i < c.Items.Count; i++)
        {
            if (c.Items[i].Label == KnowledgeLabels.Position && PositionTitles.Candidate(context, body, c, i) is { } p
                && (entry.Position is not { } old || p.Priority > old.Priority))
            {
                entry.Position = p;
            }
        }
    }

    private static Span? LastOf(TitleChain? chain, string label)
    {
        for (var i = (chain?.Items.Count ?? 0) - 1; i >= 0; i--)
        {
            if (chain!.Items[i].Label == label)
            {
                return chain.Items[i];
            }
        }
        return null;
    }

    /// <summary>The country of the first organisation or country with one, in the chain and then the appositives.</summary>
    private static string? CountryOfBody(TitleChain? chain, IReadOnlyList<TitleChain> appositive)
    {
        if (chain is not null && CountryOfBody(chain) is { } country)
        {
            return country;
        }
        for (var a = 0; a < appositive.Count; a++)
        {
            if (CountryOfBody(appositive[a]) is { } found)
            {
                return found;
            }
        }
        return null;
    }

    // Index loops over the chains' items: a foreach over an IReadOnlyList boxes its enumerator, once per chain per name.
    private static string? CountryOfBody(TitleChain c)
    {
        for (var n = 0; n < c.Items.Count; n++)
        {
            var i = c.Items[n];
            if (i.Label is KnowledgeLabels.Organization or KnowledgeLabels.Country && i.Country is not null)
            {
                return i.Country;
            }
        }
        return null;
    }

    private static string? FirstRank(IReadOnlyList<TitleChain> appositive)
    {
        for (var a = 0; a < appositive.Count; a++)
        {
            var items = appositive[a].Items;
            for (var n = 0; n < items.Count; n++)
            {
                if (items[n].Label == KnowledgeLabels.Rank)
                {
                    return items[n].Id;
                }
            }
        }
        return null;
    }

    /// <summary>The people with every attribute settled: titles in English for the person's country; a country from
    /// the name's form (a Vietnamese surname) or else the foreign country the article names most.</summary>
    public IReadOnlyList<PersonInfo> Resolve()
    {
        var k = context.Knowledge;
        var foreign = CommonestForeignCountry(context.Spans.Items);
        var people = new PersonInfo[_order.Count];
        for (var i = 0; i < people.Length; i++)
        {
            var id = _order[i];
            var e = _byId[id];
            var country = e.Country ?? SurnameCountry(k, e.Name) ?? foreign;
            var rank = e.Rank is { } r ? k.Name(KnowledgeLabels.Rank, context.Strings.Get(r.AsSpan(KnowledgeLabels.Rank.Length + 1))) : null;
            people[i] = new PersonInfo(id, e.Name, rank, e.Position is { } p ? PositionTitles.ForCountry(k, p.Title, country) : null, country);
        }
        return people;
    }

    /// <summary>The foreign country the spans name most; on a tie the one named first (as a stable sort of the groups
    /// would give). Counted in a small list: an article names few countries.</summary>
    private static string? CommonestForeignCountry(ReadOnlySpan<Span> spans)
    {
        List<(string Country, int Count)>? counts = null;
        foreach (var s in spans)
        {
            if (s.Label != KnowledgeLabels.Country || s.Country is null or "VN")
            {
                continue;
            }
            counts ??= [];
            var i = counts.Count - 1;
            while (i >= 0 && counts[i].Country != s.Country)
            {
                i--;
            }
            if (i < 0)
            {
                counts.Add((s.Country, 1));
            }
            else
            {
                counts[i] = (s.Country, counts[i].Count + 1);
            }
        }
        if (counts is null)
        {
            return null;
        }
        var best = counts[0];
        foreach (var c in counts)
        {
            best = c.Count > best.Count ? c : best;
        }
        return best.Country;
    }

    /// <summary>The country of the name's first word as a surname: the first word of its <see cref="NameFolding.Key"/>,
    /// folded and lowered in a buffer of its own rather than by making the whole key and splitting it.</summary>
    private static string? SurnameCountry(KnowledgeData k, string name)
    {
        var rest = name.AsSpan().TrimStart();
        var end = 0;
        while (end < rest.Length && !char.IsWhiteSpace(rest[end]))
        {
            end++;
        }
        Span<char> buffer = end <= 64 ? stackalloc char[2 * end] : new char[2 * end];
        var folded = buffer[..end];
        var first = buffer[end..];
        NameFolding.Fold(rest[..end], folded);
        folded.ToLowerInvariant(first);
        return k.SurnameLookup.TryGetValue(first, out var c) ? c : null;
    }
}
