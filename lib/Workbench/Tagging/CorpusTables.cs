using Workbench.Knowledge;

namespace Workbench.Tagging;

/// <summary>Builds the corpus-level records from the documents.</summary>
internal static class CorpusTables
{
    public static IReadOnlyList<Mention> Mentions(IReadOnlyList<Document> documents)
    {
        var rows = new List<Mention>();
        // Surfaces repeat across a corpus ("Vietnam", "Russia"): one string per distinct surface.
        var surfaces = new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = surfaces.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var d in documents)
        {
            var body = d.Article.Body;
            foreach (var s in d.Spans)
            {
                if (KnowledgeLabels.EntityTypes.Contains(s.Label))
                {
                    var text = body.AsSpan(s.Start, s.End - s.Start);
                    if (!lookup.TryGetValue(text, out var surface))
                    {
                        surface = text.ToString();
                        surfaces.Add(surface, surface);
                    }
                    rows.Add(new Mention(d.Article.Id, s.Id, s.Label, surface, s.Start, s.End, d.SentenceAt(s.Start)));
                }
            }
        }
        return rows;
    }

    public static IReadOnlyList<Entity> Entities(KnowledgeData knowledge, IReadOnlyList<Document> documents, IReadOnlyList<Mention> mentions)
    {
        var people = documents.SelectMany(d => d.People).GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var spanCountry = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var d in documents)
        {
            foreach (var s in d.Spans)
            {
                if (s.Country is not null && s.Label != KnowledgeLabels.Person)
                {
                    spanCountry.TryAdd(s.Id, s.Country);
                }
            }
        }
        var groups = new Dictionary<string, EntityMentions>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m.Type == KnowledgeLabels.Date)
            {
                continue;
            }
            if (!groups.TryGetValue(m.Entity, out var g))
            {
                groups.Add(m.Entity, g = new EntityMentions(m.Type));
            }
            g.Add(m);
        }
        return groups.Select(pair =>
        {
            var (id, g) = pair;
            people.TryGetValue(id, out var infos);
            var name = infos is not null
                ? infos.Select(p => p.Name).FirstOrDefault(n => n.Any(c => c > '\u007F')) ?? infos[0].Name
                : EntityNames.Display(knowledge, g.Type, id, g.Surfaces);
            return new Entity(id, g.Type, name, NameFolding.Key(name),
                Most(infos?.Select(p => p.Rank)), Most(infos?.Select(p => p.Position)),
                Most(infos?.Select(p => p.Country)) ?? spanCountry.GetValueOrDefault(id),
                g.Articles.Count, g.Surfaces.Count);
        }).OrderBy(e => e.Type, StringComparer.Ordinal).ThenByDescending(e => e.Mentions).ThenBy(e => e.Id, StringComparer.Ordinal).ToArray();
    }

    /// <summary>The mentions of one entity, gathered in one pass: its type (from the first), surfaces and articles.</summary>
    private sealed class EntityMentions(string type)
    {
        private string? _lastArticle;

        public string Type { get; } = type;

        public List<string> Surfaces { get; } = [];

        public HashSet<string> Articles { get; } = new(StringComparer.Ordinal);

        public void Add(Mention m)
        {
            Surfaces.Add(m.Surface);
            // Mentions come article by article: hash an article id once per run of its mentions.
            if (!ReferenceEquals(m.Article, _lastArticle))
            {
                Articles.Add(m.Article);
                _lastArticle = m.Article;
            }
        }
    }

    public static IEnumerable<(string A, string B, int Count)> PeoplePairs(AnnotatedCorpus corpus) =>
        corpus.Documents
            .SelectMany(d =>
            {
                var ids = d.People.Select(p => corpus.DisplayName(p.Id)).Distinct().Order(StringComparer.Ordinal).ToArray();
                return ids.SelectMany((a, i) => ids.Skip(i + 1).Select(b => (a, b)));
            })
            .GroupBy(p => p).Select(g => (g.Key.a, g.Key.b, g.Count()))
            .OrderByDescending(p => p.Item3).ThenBy(p => p.a, StringComparer.Ordinal);

    public static IEnumerable<(string A, string B, int Count)> CountryTopicPairs(AnnotatedCorpus corpus) =>
        corpus.Documents
            .SelectMany(d => d.SpansOf(KnowledgeLabels.Country).Select(s => s.Country!).Distinct().SelectMany(c => d.Topics.Select(t => (c, t))))
            .GroupBy(p => p).Select(g => (g.Key.c, g.Key.t, g.Count()))
            .OrderByDescending(p => p.Item3).ThenBy(p => p.c, StringComparer.Ordinal);

    private static string? Most(IEnumerable<string?>? values) =>
        values?.OfType<string>().GroupBy(v => v).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
}
