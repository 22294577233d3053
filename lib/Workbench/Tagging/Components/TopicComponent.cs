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
        // Loops, not LINQ: this runs for every article.
        using var titles = new PooledList<Span>(8);
        foreach (var s in context.Spans.Items)
        {
            if (s.Label == PersonComponent.TitleLabel)
            {
                titles.Add(s);
            }
        }
        using var resolved = Overlaps.Resolve(context.Matches, m => m.Entry.Label == KnowledgeLabels.Topic && !InTitle(titles.Span, m), OverlapPolicy.LongestFirst);
        using var spans = new PooledList<Span>(resolved.Count);
        foreach (var m in resolved.Span)
        {
            spans.Add(new Span(m.Start, m.End, KnowledgeLabels.Topic, m.Entry.SpanId, "topic-pattern"));
        }
        var topics = Topics(spans.Span, context.Strings);
        context.Spans.Merge(spans.WritableSpan);
        return document with { Topics = topics };
    }

    /// <summary>The distinct topic labels, sorted: one string per label across the run (the run's table), not one per span.</summary>
    private static string[] Topics(ReadOnlySpan<Span> spans, StringTable strings)
    {
        var topics = new List<string>(spans.Length);
        foreach (var s in spans)
        {
            var topic = strings.Get(s.Id.AsSpan(KnowledgeLabels.Topic.Length + 1));
            if (!topics.Contains(topic))
            {
                topics.Add(topic);
            }
        }
        topics.Sort(StringComparer.Ordinal);
        return [.. topics];
    }

    private static bool InTitle(ReadOnlySpan<Span> titles, AliasMatch m)
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
