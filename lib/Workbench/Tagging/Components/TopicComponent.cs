using Workbench.Knowledge;
using Workbench.Tagging.Matching;

namespace Workbench.Tagging.Components;

/// <summary>Topics from the controlled vocabulary, where a keyword pattern of the topic stands in the text — but not
/// inside a person's title ("Deputy Prime Minister for Tourism" names a portfolio, not a topic of the article).</summary>
internal sealed class TopicComponent : ITaggingComponent
{
    public string Name => "topics";

    public IReadOnlyList<string> Labels => [KnowledgeLabels.Topic];

    public Document Apply(Document document, DocumentContext context)
    {
        var titles = document.SpansOf(PersonComponent.TitleLabel).ToArray();
        var spans = Overlaps.Resolve(context.Matches.Where(m => m.Entry.Label == KnowledgeLabels.Topic
                && !Array.Exists(titles, t => t.Start <= m.Start && m.End <= t.End)), OverlapPolicy.LongestFirst)
            .Select(m => new Span(m.Start, m.End, KnowledgeLabels.Topic, m.Entry.SpanId, "topic-pattern"))
            .ToList();
        var topics = spans.Select(s => s.Id[(KnowledgeLabels.Topic.Length + 1)..]).Distinct().Order(StringComparer.Ordinal).ToArray();
        return document with { Spans = SpanList.Merge(document.Spans, spans), Topics = topics };
    }
}
