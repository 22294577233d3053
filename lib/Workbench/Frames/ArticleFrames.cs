using Microsoft.Data.Analysis;
using Workbench.Corpus;
using Workbench.Text;

namespace Workbench.Frames;

/// <summary>Articles as DataFrames: one row per article, or one row per sentence.</summary>
public static class ArticleFrames
{
    /// <summary>One row per article: <c>id, file, language, outlet, title, published, dateline, words, paragraphs,
    /// sentences, related, chrome_chars, encoding</c>. Missing values (no title, no date) are nulls.</summary>
    /// <param name="articles">The articles (a <see cref="Corpus.Corpus"/> or any list).</param>
    /// <returns>The frame.</returns>
    /// <example><c>Corpus.Load("data/articles").ToDataFrame()</c></example>
    public static DataFrame ToDataFrame(this IEnumerable<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var list = articles as IReadOnlyList<Article> ?? articles.ToList();
        var published = new PrimitiveDataFrameColumn<DateTime>("published", list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            published[i] = list[i].Published is { } d ? d.ToDateTime(list[i].PublishedTime ?? TimeOnly.MinValue) : null;
        }
        return new DataFrame(
            Strings("id", list, a => a.Id),
            Strings("file", list, a => a.File),
            Strings("language", list, a => a.Language),
            Strings("outlet", list, a => a.Outlet),
            Strings("title", list, a => a.Title),
            published,
            Strings("dateline", list, a => a.Dateline),
            Ints("words", list, a => TextStatistics.CountWords(a.Body)),
            Ints("paragraphs", list, a => a.Paragraphs.Count),
            Ints("sentences", list, a => a.Sentences.Count),
            Ints("related", list, a => a.RelatedHeadlines.Count),
            Ints("chrome_chars", list, a => RemovedTextList.TextLengthOf(a.Removed)),
            Strings("encoding", list, a => a.Encoding));
    }

    /// <summary>One row per sentence: <c>article, index, paragraph, start, end, words, text</c>; offsets are into the
    /// article's body (end exclusive).</summary>
    /// <param name="articles">The articles.</param>
    /// <returns>The frame.</returns>
    /// <example><c>corpus.ToSentencesDataFrame().Filter(…)</c></example>
    public static DataFrame ToSentencesDataFrame(this IEnumerable<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var article = new StringDataFrameColumn("article", 0);
        var index = new Int32DataFrameColumn("index", 0);
        var paragraph = new Int32DataFrameColumn("paragraph", 0);
        var start = new Int32DataFrameColumn("start", 0);
        var end = new Int32DataFrameColumn("end", 0);
        var words = new Int32DataFrameColumn("words", 0);
        var text = new StringDataFrameColumn("text", 0);
        foreach (var a in articles)
        {
            var p = 0;
            for (var i = 0; i < a.Sentences.Count; i++)
            {
                var s = a.Sentences[i];
                while (p < a.Paragraphs.Count - 1 && a.Paragraphs[p].End <= s.Start)
                {
                    p++;
                }
                article.Append(a.Id);
                index.Append(i);
                paragraph.Append(p);
                start.Append(s.Start);
                end.Append(s.End);
                words.Append(TextStatistics.CountWords(a.Body.AsSpan(s.Start, s.Length)));
                text.Append(s.Of(a.Body));
            }
        }
        return new DataFrame(article, index, paragraph, start, end, words, text);
    }

    private static StringDataFrameColumn Strings(string name, IReadOnlyList<Article> list, Func<Article, string?> value) =>
        new(name, list.Select(value));

    private static Int32DataFrameColumn Ints(string name, IReadOnlyList<Article> list, Func<Article, int> value) =>
        new(name, list.Select(value));
}
