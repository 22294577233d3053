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

    /// <summary>Whether a span is a mention (an entity label: not a trigger, topic, title, honorific …).</summary>
    /// <remarks>The labels of <see cref="KnowledgeLabels.EntityTypes"/> as a pattern (a switch on length and characters, no
    /// hashing): this runs for every span of a corpus.</remarks>
    public static bool IsMention(Span s) => s.Label is KnowledgeLabels.Person or KnowledgeLabels.Country or KnowledgeLabels.Organization
        or KnowledgeLabels.Place or KnowledgeLabels.Date or KnowledgeLabels.Rank or KnowledgeLabels.Position;

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
        var surfaces = new HashSet<string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
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
                var text = body.AsSpan(s.Start, s.End - s.Start);
                if (!surfaces.TryGetValue(text, out var surface))
                {
                    surface = text.ToString();
                    surfaces.Add(surface);
                }
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
