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

    /// <summary>How many mentions: the first <see cref="Count"/> entries of each array (they are sized for every span).</summary>
    public int Count { get; private set; }

    public string[] Articles { get; }

    public string[] Entities { get; }

    public string[] Types { get; }

    public string[] Surfaces { get; }

    public int[] Starts { get; }

    public int[] Ends { get; }

    public int[] Sentences { get; }

    /// <summary>Whether a span is a mention: its label is an entity label (<see cref="KnowledgeLabels.IsEntity"/>).</summary>
    public static bool IsMention(Span s) => KnowledgeLabels.IsEntity(s.Label);

    public static MentionTable From(IReadOnlyList<Document> documents)
    {
        // One pass over the spans: the arrays are sized for every span (a count is cheap, reading each span twice is not).
        var spans = 0;
        foreach (var d in documents)
        {
            spans += d.Spans.Count;
        }
        var table = new MentionTable(spans);
        // Surfaces repeat across a corpus ("Vietnam", "Russia"): one string per distinct surface.
        var surfaces = new StringTable();
        var i = 0;
        foreach (var d in documents)
        {
            var body = d.Article.Body;
            var sentences = new SentenceCursor(d);
            for (var si = 0; si < d.Spans.Count; si++)
            {
                var s = d.Spans[si];
                if (!IsMention(s))
                {
                    continue;
                }
                var surface = surfaces.Get(body.AsSpan(s.Start, s.End - s.Start));
                (table.Articles[i], table.Entities[i], table.Types[i], table.Surfaces[i]) = (d.Article.Id, s.Id, s.Label, surface);
                (table.Starts[i], table.Ends[i], table.Sentences[i]) = (s.Start, s.End, sentences.At(s.Start));
                i++;
            }
        }
        table.Count = i;
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
