using Workbench.Knowledge;

namespace Workbench.Tagging;

/// <summary>
/// The mentions of a corpus as columns (one array per field), read from the documents' spans in one pass: the
/// <c>Mentions</c> frame and the <see cref="Mention"/> records are both made from it, so neither is built by way of
/// the other. Strings are shared: ids and labels are the spans' own, a surface that repeats is one string.
/// </summary>
internal sealed class MentionTable
{
    private MentionTable(int count)
    {
        Articles = new string[count];
        Entities = new string[count];
        Types = new string[count];
        Surfaces = new string[count];
        Starts = new int[count];
        Ends = new int[count];
        Sentences = new int[count];
    }

    public int Count => Articles.Length;

    public string[] Articles { get; }

    public string[] Entities { get; }

    public string[] Types { get; }

    public string[] Surfaces { get; }

    public int[] Starts { get; }

    public int[] Ends { get; }

    public int[] Sentences { get; }

    /// <summary>Whether a span is a mention (an entity label: not a trigger, topic, title, honorific …).</summary>
    public static bool IsMention(Span s) => KnowledgeLabels.EntityTypes.Contains(s.Label);

    public static MentionTable From(IReadOnlyList<Document> documents)
    {
        var count = 0;
        foreach (var d in documents)
        {
            foreach (var s in d.Spans)
            {
                count += IsMention(s) ? 1 : 0;
            }
        }
        var table = new MentionTable(count);
        // Surfaces repeat across a corpus ("Vietnam", "Russia"): one string per distinct surface.
        var surfaces = new HashSet<string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var i = 0;
        foreach (var d in documents)
        {
            var body = d.Article.Body;
            foreach (var s in d.Spans)
            {
                if (!IsMention(s))
                {
                    continue;
                }
                var text = body.AsSpan(s.Start, s.End - s.Start);
                if (!surfaces.TryGetValue(text, out var surface))
                {
                    surface = text.ToString();
                    surfaces.Add(surface);
                }
                (table.Articles[i], table.Entities[i], table.Types[i], table.Surfaces[i]) = (d.Article.Id, s.Id, s.Label, surface);
                (table.Starts[i], table.Ends[i], table.Sentences[i]) = (s.Start, s.End, d.SentenceAt(s.Start));
                i++;
            }
        }
        return table;
    }

    public Mention[] ToRecords()
    {
        var rows = new Mention[Count];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = new Mention(Articles[i], Entities[i], Types[i], Surfaces[i], Starts[i], Ends[i], Sentences[i]);
        }
        return rows;
    }
}
