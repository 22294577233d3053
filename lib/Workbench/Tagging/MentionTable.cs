using Workbench.Knowledge;

namespace Workbench.Tagging;

/// <summary>
/// The mentions of a corpus (the spans with an entity label, <see cref="KnowledgeLabels.IsEntity"/>), read from the
/// documents' spans: counted first, then handed out row by row, so that the
/// <c>Mentions</c> frame fills its columns and <see cref="Mention"/> records fill their array directly, neither by way
/// of the other nor of a table in between. Strings are shared: ids and labels are the spans' own, a surface that repeats
/// is one string.
/// </summary>
/// <remarks>Why count first: at corpus size every column is a large-object array, and each one made for nothing is
/// memory the system pages in for the first time (a table sized for every span, then copied into the columns, made a
/// corpus's mentions frame allocate half as much again as the frame itself).</remarks>
internal static class MentionTable
{
    /// <summary>Receives one mention: its row, its article, its span, its surface text and its sentence index.</summary>
    public delegate void Row(int index, string article, in Span span, string surface, int sentence);

    /// <summary>How many mentions the documents hold.</summary>
    public static int Count(IReadOnlyList<Document> documents)
    {
        var count = 0;
        foreach (var d in documents)
        {
            for (var i = 0; i < d.Spans.Count; i++)
            {
                if (KnowledgeLabels.IsEntity(d.Spans[i].Label))
                {
                    count++;
                }
            }
        }
        return count;
    }

    /// <summary>Hands every mention to <paramref name="row"/>, in corpus order, numbered from 0.</summary>
    public static void Read(IReadOnlyList<Document> documents, Row row)
    {
        // Surfaces repeat across a corpus ("Vietnam", "Russia"): one string per distinct surface.
        var surfaces = new StringTable();
        var index = 0;
        foreach (var d in documents)
        {
            var body = d.Article.Body;
            var sentences = new SentenceCursor(d);
            for (var i = 0; i < d.Spans.Count; i++)
            {
                var s = d.Spans[i];
                if (KnowledgeLabels.IsEntity(s.Label))
                {
                    row(index++, d.Article.Id, s, surfaces.Get(body.AsSpan(s.Start, s.End - s.Start)), sentences.At(s.Start));
                }
            }
        }
    }

    /// <summary>Every mention as a record.</summary>
    public static Mention[] Records(IReadOnlyList<Document> documents)
    {
        var rows = new Mention[Count(documents)];
        Read(documents, (int i, string article, in Span s, string surface, int sentence) =>
            rows[i] = new Mention(article, s.Id, s.Label, surface, s.Start, s.End, sentence));
        return rows;
    }
}
