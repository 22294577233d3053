using Workbench.Knowledge;

namespace Workbench.Tagging;

/// <summary>Builds the corpus-level records from the documents.</summary>
internal static class CorpusTables
{
    /// <summary>The entities, from the documents' spans directly (no mention rows in between): per id its type (from
    /// the first mention), mention and article counts, and the surfaces where the display name comes from them.</summary>
    public static IReadOnlyList<Entity> Entities(KnowledgeData knowledge, IReadOnlyList<Document> documents)
    {
        var people = new Dictionary<string, List<PersonInfo>>(StringComparer.Ordinal);
        var spanCountry = new Dictionary<string, string?>(StringComparer.Ordinal);
        var groups = new Dictionary<string, EntityMentions>(StringComparer.Ordinal);
        var surfaces = new StringTable();
        // An article is counted by a number per distinct id, hashed once per document rather than once per entity in it;
        // only when two documents share an id (reported at load) must an entity remember every number it has seen.
        var articleNumbers = new Dictionary<string, int>(documents.Count, StringComparer.Ordinal);
        foreach (var d in documents)
        {
            articleNumbers.TryAdd(d.Article.Id, articleNumbers.Count);
        }
        var sharedIds = articleNumbers.Count < documents.Count;
        foreach (var d in documents)
        {
            var article = articleNumbers[d.Article.Id];
            foreach (var p in d.People)
            {
                if (!people.TryGetValue(p.Id, out var infos))
                {
                    people.Add(p.Id, infos = []);
                }
                infos.Add(p);
            }
            for (var si = 0; si < d.Spans.Count; si++)
            {
                var s = d.Spans[si];
                if (s.Country is not null && s.Label != KnowledgeLabels.Person)
                {
                    spanCountry.TryAdd(s.Id, s.Country);
                }
                if (!KnowledgeLabels.IsEntity(s.Label) || s.Label == KnowledgeLabels.Date)
                {
                    continue;
                }
                if (!groups.TryGetValue(s.Id, out var g))
                {
                    // Only an entity the knowledge cannot name is named by its commonest surface: only then keep them.
                    var named = knowledge.Name(s.Label, EntityNames.Local(s.Id)) is not null;
                    groups.Add(s.Id, g = new EntityMentions(s.Label, keepSurfaces: !named, sharedIds));
                }
                g.Add(article, g.Surfaces is null ? null : surfaces.Get(d.Article.Body.AsSpan(s.Start, s.End - s.Start)));
            }
        }
        return groups.Select(pair =>
        {
            var (id, g) = pair;
            people.TryGetValue(id, out var infos);
            var name = infos is not null
                ? infos.Select(p => p.Name).FirstOrDefault(n => n.Any(c => c > '\u007F')) ?? infos[0].Name
                : EntityNames.Display(knowledge, g.Type, id, g.Surfaces ?? []);
            return new Entity(id, g.Type, name, NameFolding.Key(name),
                Most(infos?.Select(p => p.Rank)), Most(infos?.Select(p => p.Position)),
                Most(infos?.Select(p => p.Country)) ?? spanCountry.GetValueOrDefault(id),
                g.Articles, g.Mentions);
        }).OrderBy(e => e.Type, StringComparer.Ordinal).ThenByDescending(e => e.Mentions).ThenBy(e => e.Id, StringComparer.Ordinal).ToArray();
    }

    /// <summary>The mentions of one entity, gathered in one pass: its type (from the first), counts, articles, and the
    /// surfaces when its display name is to come from them.</summary>
    private sealed class EntityMentions(string type, bool keepSurfaces, bool sharedIds)
    {
        private readonly HashSet<int>? _seen = sharedIds ? [] : null;
        private int _lastArticle = -1;

        public string Type { get; } = type;

        public int Mentions { get; private set; }

        public List<string>? Surfaces { get; } = keepSurfaces ? [] : null;

        /// <summary>The distinct articles it is mentioned in.</summary>
        public int Articles { get; private set; }

        public void Add(int article, string? surface)
        {
            Mentions++;
            if (surface is not null)
            {
                Surfaces?.Add(surface);
            }
            // Mentions come article by article: a new run of mentions is a new article, unless an id is shared.
            if (article != _lastArticle && (_seen is null || _seen.Add(article)))
            {
                Articles++;
            }
            _lastArticle = article;
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
