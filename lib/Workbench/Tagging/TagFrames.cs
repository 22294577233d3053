using System.Runtime.InteropServices;
using Microsoft.Data.Analysis;

namespace Workbench.Tagging;

/// <summary>The DataFrames of an <see cref="AnnotatedCorpus"/>, with the shared column names.</summary>
internal static class TagFrames
{
    /// <summary>The mentions frame, its columns sized once and filled in one pass over the spans.</summary>
    public static DataFrame Mentions(IReadOnlyList<Document> documents)
    {
        var count = MentionTable.Count(documents);
        var (article, entity, type, surface) = (new StringDataFrameColumn("article", count), new StringDataFrameColumn("entity", count),
            new StringDataFrameColumn("type", count), new StringDataFrameColumn("surface", count));
        var (starts, ends, sentences) = (new byte[count * sizeof(int)], new byte[count * sizeof(int)], new byte[count * sizeof(int)]);
        MentionTable.Read(documents, (int i, string a, in Span s, string text, int sentence) =>
        {
            (article[i], entity[i], type[i], surface[i]) = (a, s.Id, s.Label, text);
            (Ints(starts)[i], Ints(ends)[i], Ints(sentences)[i]) = (s.Start, s.End, sentence);
        });
        return new(article, entity, type, surface, Ints("start", starts, count), Ints("end", ends, count), Ints("sentence", sentences, count));
    }

    public static DataFrame Entities(IReadOnlyList<Entity> rows) => new(
        Strings("id", rows, r => r.Id), Strings("type", rows, r => r.Type), Strings("name", rows, r => r.Name),
        Strings("key", rows, r => r.Key), Strings("rank", rows, r => r.Rank), Strings("position", rows, r => r.Position),
        Strings("country", rows, r => r.Country), Ints("articles", rows, r => r.Articles),
        Ints("mentions", rows, r => r.Mentions));

    public static DataFrame Events(IReadOnlyList<Event> rows, Func<string, string> name) => new(
        Strings("article", rows, r => r.Article), Strings("type", rows, r => r.Type), Strings("date", rows, r => r.Date),
        new Int32DataFrameColumn("year", rows.Select(r => r.Year)), Strings("place", rows, r => r.Place),
        Strings("participants", rows, r => string.Join("; ", r.Participants.Select(name))),
        Strings("countries", rows, r => string.Join("; ", r.Countries)), Strings("sentence", rows, r => r.Sentence));

    public static DataFrame Topics(IReadOnlyList<ArticleTopics> rows)
    {
        var count = 0;
        foreach (var r in rows)
        {
            count += r.Topics.Count;
        }
        var (articles, topics) = (new StringDataFrameColumn("article", count), new StringDataFrameColumn("topic", count));
        var i = 0;
        foreach (var r in rows)
        {
            foreach (var t in r.Topics)
            {
                (articles[i], topics[i]) = (r.Article, t);
                i++;
            }
        }
        return new(articles, topics);
    }

    public static DataFrame Pairs(string a, string b, IEnumerable<(string A, string B, int Count)> pairs)
    {
        var rows = pairs.ToArray();
        return new(Strings(a, rows, r => r.A), Strings(b, rows, r => r.B), Ints("count", rows, r => r.Count));
    }

    /// <summary>An int column without nulls, filled in one pass over the rows instead of appended value by value.</summary>
    private static Int32DataFrameColumn Ints<T>(string name, IReadOnlyList<T> rows, Func<T, int> value)
    {
        var bytes = new byte[rows.Count * sizeof(int)];
        var values = Ints(bytes);
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = value(rows[i]);
        }
        return new Int32DataFrameColumn(name, bytes, AllValid(rows.Count), rows.Count, nullCount: 0);
    }

    /// <summary>An int column without nulls over <paramref name="count"/> values already laid out as bytes (the column
    /// takes the array: the caller made it for this column alone).</summary>
    private static Int32DataFrameColumn Ints(string name, byte[] values, int count) =>
        new(name, values, AllValid(count), count, nullCount: 0);

    /// <summary>The validity bitmap of <paramref name="count"/> values none of which is null.</summary>
    private static byte[] AllValid(int count)
    {
        var valid = new byte[(count + 7) / 8];
        valid.AsSpan().Fill(0xFF);
        return valid;
    }

    /// <summary>A string column of known length, filled in one pass over the rows: sized once, instead of grown value by
    /// value (at corpus size that growth is a chain of large-object arrays).</summary>
    private static StringDataFrameColumn Strings<T>(string name, IReadOnlyList<T> rows, Func<T, string?> value)
    {
        var column = new StringDataFrameColumn(name, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            column[i] = value(rows[i]);
        }
        return column;
    }

    /// <summary>The ints laid out in a column's bytes.</summary>
    private static Span<int> Ints(byte[] column) => MemoryMarshal.Cast<byte, int>(column.AsSpan());
}
