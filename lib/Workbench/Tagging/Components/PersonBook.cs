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
        var chains = (chain is null ? appositive : [chain, .. appositive]).ToArray();
        entry.Country ??= chain?.Items.LastOrDefault(i => i.Label == KnowledgeLabels.Country)?.Country
            ?? chains.SelectMany(c => c.Items).FirstOrDefault(i => i.Label is KnowledgeLabels.Organization or KnowledgeLabels.Country && i.Country is not null)?.Country;
        entry.Rank ??= chain?.Items.LastOrDefault(i => i.Label == KnowledgeLabels.Rank)?.Id
            ?? appositive.SelectMany(c => c.Items).FirstOrDefault(i => i.Label == KnowledgeLabels.Rank)?.Id;
        foreach (var c in chains)
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
        return new Span(start, end, KnowledgeLabels.Person, id, rule);
    }

    /// <summary>The people with every attribute settled: titles in English for the person's country; a country from
    /// the name's form (a Vietnamese surname) or else the foreign country the article names most.</summary>
    public IReadOnlyList<PersonInfo> Resolve()
    {
        var k = context.Knowledge;
        var foreign = document.Spans.Where(s => s.Label == KnowledgeLabels.Country && s.Country is not null and not "VN")
            .GroupBy(s => s.Country!).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        return _order.Select(id =>
        {
            var e = _byId[id];
            var country = e.Country ?? SurnameCountry(k, e.Name) ?? foreign;
            var rank = e.Rank is { } r ? k.Name(KnowledgeLabels.Rank, r[(KnowledgeLabels.Rank.Length + 1)..]) : null;
            return new PersonInfo(id, e.Name, rank, e.Position is { } p ? PositionTitles.ForCountry(k, p.Title, country) : null, country);
        }).ToArray();
    }

    private static string? SurnameCountry(KnowledgeData k, string name)
    {
        var first = NameFolding.Key(name).Split(' ')[0];
        return k.Surnames.TryGetValue(first, out var c) ? c : null;
    }
}
