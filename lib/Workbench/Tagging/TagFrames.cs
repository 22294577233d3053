using System.Runtime.InteropServices;
using Microsoft.Data.Analysis;

namespace Workbench.Tagging;

/// <summary>The DataFrames of an <see cref="AnnotatedCorpus"/>, with the shared column names.</summary>
internal static class TagFrames
{
    public static DataFrame Mentions(MentionTable t) => new(
        Strings("article", t.Articles, t.Count), Strings("entity", t.Entities, t.Count), Strings("type", t.Types, t.Count),
        Strings("surface", t.Surfaces, t.Count), Ints("start", t.Starts, t.Count), Ints("end", t.Ends, t.Count),
        Ints("sentence", t.Sentences, t.Count));

    public static DataFrame Entities(IReadOnlyList<Entity> rows) => new(
        Strings("id", rows.Select(r => r.Id)), Strings("type", rows.Select(r => r.Type)), Strings("name", rows.Select(r => r.Name)),
        Strings("key", rows.Select(r => r.Key)), Strings("rank", rows.Select(r => r.Rank)), Strings("position", rows.Select(r => r.Position)),
        Strings("country", rows.Select(r => r.Country)), Ints("articles", rows, r => r.Articles),
        Ints("mentions", rows, r => r.Mentions));

    public static DataFrame Events(IReadOnlyList<Event> rows, Func<string, string> name) => new(
        Strings("article", rows.Select(r => r.Article)), Strings("type", rows.Select(r => r.Type)), Strings("date", rows.Select(r => r.Date)),
        new Int32DataFrameColumn("year", rows.Select(r => r.Year)), Strings("place", rows.Select(r => r.Place)),
        Strings("participants", rows.Select(r => string.Join("; ", r.Participants.Select(name)))),
        Strings("countries", rows.Select(r => string.Join("; ", r.Countries))), Strings("sentence", rows.Select(r => r.Sentence)));

    public static DataFrame Topics(IReadOnlyList<ArticleTopics> rows)
    {
        var count = 0;
        foreach (var r in rows)
        {
            count += r.Topics.Count;
        }
        var (articles, topics) = (new string[count], new string[count]);
        var i = 0;
        foreach (var r in rows)
        {
            foreach (var t in r.Topics)
            {
                (articles[i], topics[i]) = (r.Article, t);
                i++;
            }
        }
        return new(Strings("article", articles, count), Strings("topic", topics, count));
    }

    public static DataFrame Pairs(string a, string b, IEnumerable<(string A, string B, int Count)> pairs)
    {
        var rows = pairs.ToArray();
        return new(Strings(a, rows.Select(r => r.A)), Strings(b, rows.Select(r => r.B)), Ints("count", rows, r => r.Count));
    }

    /// <summary>An int column without nulls, filled in one pass over the rows instead of appended value by value.</summary>
    private static Int32DataFrameColumn Ints<T>(string name, IReadOnlyList<T> rows, Func<T, int> value)
    {
        var bytes = new byte[rows.Count * sizeof(int)];
        var values = MemoryMarshal.Cast<byte, int>(bytes.AsSpan());
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = value(rows[i]);
        }
        return new Int32DataFrameColumn(name, bytes, AllValid(rows.Count), rows.Count, nullCount: 0);
    }

    /// <summary>An int column of the first <paramref name="count"/> values, copied (the frame is the caller's to change).</summary>
    private static Int32DataFrameColumn Ints(string name, int[] values, int count)
    {
        return new Int32DataFrameColumn(name, MemoryMarshal.AsBytes(values.AsSpan(0, count)).ToArray(), AllValid(count), count, nullCount: 0);
    }

    /// <summary>The validity bitmap of <paramref name="count"/> values none of which is null.</summary>
    private static byte[] AllValid(int count)
    {
        var valid = new byte[(count + 7) / 8];
        valid.AsSpan().Fill(0xFF);
        return valid;
    }

    private static StringDataFrameColumn Strings(string name, IEnumerable<string?> values)
    {
        var array = values.ToArray();
        return Strings(name, array, array.Length);
    }

    /// <summary>A string column of known length: sized once, instead of grown value by value (at corpus size that growth
    /// is a chain of large-object arrays).</summary>
    private static StringDataFrameColumn Strings(string name, string?[] values, int count)
    {
        var column = new StringDataFrameColumn(name, count);
        for (var i = 0; i < count; i++)
        {
            column[i] = values[i];
        }
        return column;
    }
}
