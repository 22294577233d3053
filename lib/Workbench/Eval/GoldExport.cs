using System.Globalization;
using Workbench.Knowledge;
using Workbench.Tagging;

namespace Workbench.Eval;

/// <summary>The tagger's result for each article in the gold schema, for <c>workbench tag --format gold-jsonl</c> and scoring.</summary>
/// <remarks>An article's countries are those it names, as a country or through an organisation of that country
/// ("Bộ đội Biên phòng Việt Nam", "the Royal Thai Army"): annotators list the country either way.</remarks>
public static class GoldExport
{
    /// <summary>One gold-schema record per tagged article.</summary>
    /// <param name="corpus">The tagged corpus.</param>
    /// <returns>The records, in corpus order.</returns>
    /// <example><c>GoldExport.From(Tagger.Tag(corpus)).Select(GoldJsonl.ToLine)</c></example>
    public static IReadOnlyList<GoldArticle> From(AnnotatedCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        return [.. corpus.Documents.Select(d => Record(d, corpus))];
    }

    private static GoldArticle Record(Document d, AnnotatedCorpus corpus)
    {
        var a = d.Article;
        var body = a.Body;
        var names = d.People.ToDictionary(p => p.Id, p => p.Name, StringComparer.Ordinal);
        var persons = d.People.Select(p => new GoldPerson(p.Name,
            [.. d.SpansOf(KnowledgeLabels.Person).Where(s => s.Id == p.Id && s.Rule != "description").Select(s => s.Of(body)).Distinct()],
            p.Rank, p.Position, p.Country)).ToArray();
        var events = d.Events.Select(e => new GoldEvent(e.Type, e.Date, e.Place, [.. e.Participants.Select(id => names.GetValueOrDefault(id, id))])).ToArray();
        return new GoldArticle(a.File, a.Language, a.Title, a.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), a.Outlet,
            persons,
            [.. d.Spans.Where(s => s.Label is KnowledgeLabels.Country or KnowledgeLabels.Organization && s.Country is not null).Select(s => s.Country!).Distinct()],
            [.. d.SpansOf(KnowledgeLabels.Organization).Select(s => Organization(corpus, s)).Distinct()],
            [.. d.SpansOf(KnowledgeLabels.Place).Select(s => corpus.DisplayName(s.Id)).Distinct()],
            events,
            d.Topics);
    }

    private static string Organization(AnnotatedCorpus corpus, Span s) =>
        s.Country is { } c
            ? $"{corpus.Knowledge.Name(KnowledgeLabels.Organization, s.Id[(KnowledgeLabels.Organization.Length + 1)..], c) ?? corpus.DisplayName(s.Id)} ({corpus.DisplayName("country:" + c)})"
            : corpus.DisplayName(s.Id);
}
