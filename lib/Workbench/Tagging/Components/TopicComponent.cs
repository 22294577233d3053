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
        using var resolved = Overlaps.Resolve(context.Matches, m => m.Entry.Label == KnowledgeLabels.Topic && !InTitle(titles, m), OverlapPolicy.LongestFirst);
        var spans = new List<Span>(resolved.Count);
        foreach (var m in resolved.Span)
        {
            spans.Add(new Span(m.Start, m.End, KnowledgeLabels.Topic, m.Entry.SpanId, "topic-pattern"));
        }
        var topics = spans.Select(s => s.Id[(KnowledgeLabels.Topic.Length + 1)..]).Distinct().Order(StringComparer.Ordinal).ToArray();
        return document with { Spans = SpanList.Merge(document.Spans, spans), Topics = topics };
    }

    private static bool InTitle(Span[] titles, AliasMatch m)
    {
        foreach (var t in titles)
        {
            if (t.Start <= m.Start && m.End <= t.End)
            {
                return true;
            }
        }
        return false;
    }
}
