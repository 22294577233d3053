using Workbench.Frames;

namespace Workbench.Tests.CorpusTests;

public class ArticleFramesTests
{
    [Fact]
    public void The_article_frame_has_one_row_per_article_with_nulls_for_missing_values()
    {
        var frame = SeedCorpus.Corpus.ToDataFrame();
        Assert.Equal(5, frame.Rows.Count);
        Assert.Equal(
            ["id", "file", "language", "outlet", "title", "published", "dateline", "words", "paragraphs", "sentences", "related", "chrome_chars", "encoding"],
            frame.Columns.Select(c => c.Name));
        Assert.Equal("RT", frame["outlet"][1]);
        Assert.Null(frame["title"][2]);
        Assert.Null(frame["published"][0]);
        Assert.Equal(new DateTime(2023, 7, 7, 8, 21, 0), frame["published"][1]);
        Assert.Equal(2, frame["related"][0]);
        Assert.True((int)frame["chrome_chars"][3]! > 1000);
    }

    [Fact]
    public void The_sentence_frame_has_one_row_per_sentence_with_offsets_into_the_body()
    {
        var frame = SeedCorpus.Corpus.ToSentencesDataFrame();
        Assert.Equal(SeedCorpus.Corpus.Sum(a => a.Sentences.Count), frame.Rows.Count);
        var a = SeedCorpus.Get("002");
        var row = frame.Rows.First(r => (string)r[0] == a.Id && (int)r[1] == 0);
        Assert.Equal(a.Body[(int)row[3]..(int)row[4]], row[6]);
        Assert.StartsWith("Hanoi (VNA) –", (string)row[6], StringComparison.Ordinal);
    }
}
