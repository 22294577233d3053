using Workbench.Knowledge;
using Workbench.Tagging.Matching;

namespace Workbench.Tagging.Components;

/// <summary>Countries, places, organisations, ranks, positions (and the honorifics and modifiers that start a title
/// chain) from the knowledge aliases; overlaps settled by the options' entity policy. An alias marked in-list counts only
/// as an item of a list of countries (<see cref="CountryLists"/>), and as the country written right after a body of no
/// fixed country ("Bộ Quốc phòng Đức" is Germany's ministry).</summary>
internal sealed class GazetteerComponent : ITaggingComponent
{
    private static readonly HashSet<string> s_labels =
    [
        KnowledgeLabels.Country, KnowledgeLabels.Place, KnowledgeLabels.Organization, KnowledgeLabels.Rank,
        KnowledgeLabels.Position, KnowledgeLabels.Honorific, KnowledgeLabels.Modifier,
    ];

    private static readonly Func<AliasMatch, bool> s_include = static m => s_labels.Contains(m.Entry.Label);

    public string Name => "gazetteer";

    public IReadOnlyList<string> Labels => [.. s_labels];

    public Document Apply(Document document, DocumentContext context)
    {
        using var resolved = Overlaps.Resolve(context.Matches, s_include, context.Options.EntityOverlap);
        var matches = resolved.Span;
        var body = document.Article.Body;
        var listed = CountryLists.Accepted(matches, body, context);
        using var spans = new PooledList<Span>(matches.Length);
        for (var i = 0; i < matches.Length; i++)
        {
            var m = matches[i];
            if (m.Entry.InListOnly && !listed![i])
            {
                continue; // Accepted gives a list whenever a match is in-list
            }
            var country = m.Entry.Country ?? FollowingCountry(matches, i, body);
            spans.Add(new Span(m.Start, m.End, m.Entry.Label, m.Entry.SpanId, "gazetteer", country));
        }
        context.Spans.Merge(spans.WritableSpan);
        return document;
    }

    /// <summary>"Bộ Quốc phòng Hàn Quốc", "Ministry of Defence of Russia": a body of no fixed country takes the one written after it.</summary>
    private static string? FollowingCountry(ReadOnlySpan<AliasMatch> matches, int i, string body)
    {
        if (matches[i].Entry.Label != KnowledgeLabels.Organization || i + 1 >= matches.Length)
        {
            return null;
        }
        var next = matches[i + 1];
        if (next.Start < matches[i].End)
        {
            return null; // overlapping matches (kept when the overlap policy keeps all): nothing is written after it
        }
        return next.Entry.Label == KnowledgeLabels.Country && PositionTitles.Joined(body, matches[i].End, next.Start) ? next.Entry.Country : null;
    }
}
