using Microsoft.Data.Analysis;
using Workbench.Corpus;
using Workbench.Diagnostics;
using Workbench.Frames;

namespace Workbench.Tagging;

/// <summary>
/// A tagged corpus: one <see cref="Document"/> per article, the records built from them (mentions, entities, events,
/// topics) and the same as DataFrames for notebooks: <see cref="Mentions"/>, <see cref="Entities"/>, <see cref="Events"/>,
/// <see cref="Topics"/>, <see cref="Articles"/>.
/// </summary>
/// <remarks>One entity per person across articles, languages and diacritics: ids are the folded name
/// (<c>person:phan-van-giang</c>), the display name is the accented form when one was seen.</remarks>
public sealed class AnnotatedCorpus
{
    private readonly IReadOnlyList<Article> _articles;
    private readonly Lazy<IReadOnlyList<Mention>> _mentions;
    private readonly Lazy<IReadOnlyList<Entity>> _entities;
    private readonly Lazy<IReadOnlyDictionary<string, Entity>> _entityById;

    internal AnnotatedCorpus(IReadOnlyList<Document> documents, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<Article> articles, Knowledge.KnowledgeData knowledge)
    {
        Documents = documents;
        Diagnostics = diagnostics;
        Knowledge = knowledge;
        _articles = articles;
        _mentions = new(() => MentionTable.Records(documents));
        _entities = new(() => CorpusTables.Entities(knowledge, documents));
        _entityById = new(() => EntityRows.ToDictionary(e => e.Id, StringComparer.Ordinal));
    }

    internal Knowledge.KnowledgeData Knowledge { get; }

    /// <summary>The tagged documents, in corpus order.</summary>
    public IReadOnlyList<Document> Documents { get; }

    /// <summary>Problems met while tagging (WB02x), including those of the knowledge files.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Every entity mention as a record.</summary>
    public IReadOnlyList<Mention> MentionRows => _mentions.Value;

    /// <summary>Every canonical entity (people, countries, organisations, places, ranks, positions) as a record.</summary>
    public IReadOnlyList<Entity> EntityRows => _entities.Value;

    /// <summary>Every event as a record (participants as person ids).</summary>
    public IReadOnlyList<Event> EventRows => [.. Documents.SelectMany(d => d.Events)];

    /// <summary>The topics of each article as records.</summary>
    public IReadOnlyList<ArticleTopics> TopicRows => [.. Documents.Select(d => new ArticleTopics(d.Article.Id, d.Topics))];

    /// <summary>Mentions: article, entity, type, surface, start, end, sentence.</summary>
    /// <remarks>Each access builds a new frame from the documents (it is yours to change: DataFrames are mutable, so
    /// none is shared between callers); keep it in a variable rather than asking again. Building it does not build
    /// <see cref="MentionRows"/>.</remarks>
    /// <example><c>tags.Mentions.Filter(tags.Mentions["type"].ElementwiseEquals("person"))</c></example>
    public DataFrame Mentions => TagFrames.Mentions(Documents);

    /// <summary>Entities: id, type, name, key, rank, position, country, articles, mentions.</summary>
    public DataFrame Entities => TagFrames.Entities(EntityRows);

    /// <summary>Events: article, type, date, year, place, participants (names joined "; "), countries, sentence.</summary>
    public DataFrame Events => TagFrames.Events(EventRows, DisplayName);

    /// <summary>Topics: article, topic — one row per topic an article names.</summary>
    public DataFrame Topics => TagFrames.Topics(TopicRows);

    /// <summary>The articles frame of the corpus (one row per article).</summary>
    public DataFrame Articles => _articles.ToDataFrame();

    /// <summary>How many articles name both people: a, b (display names), count.</summary>
    /// <returns>The co-occurrence frame, most frequent pairs first.</returns>
    public DataFrame PeopleCooccurrence() => TagFrames.Pairs("a", "b", CorpusTables.PeoplePairs(this));

    /// <summary>How many articles name a country together with a topic: country (ISO), topic, count.</summary>
    /// <returns>The co-occurrence frame, most frequent pairs first.</returns>
    public DataFrame CountryTopicCooccurrence() => TagFrames.Pairs("country", "topic", CorpusTables.CountryTopicPairs(this));

    /// <summary>The display name of an entity id, or the id itself when unknown.</summary>
    /// <param name="id">A canonical id such as <c>person:phan-van-giang</c>.</param>
    /// <returns>The name.</returns>
    public string DisplayName(string id) => _entityById.Value.TryGetValue(id, out var e) ? e.Name : id;
}
