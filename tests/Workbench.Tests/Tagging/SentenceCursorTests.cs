using Workbench.Tagging;

namespace Workbench.Tests.Tags;

/// <summary>The forward walk the Mentions table uses must answer as <see cref="Document.SentenceAt"/> does.</summary>
public sealed class SentenceCursorTests
{
    [Fact]
    public void Offsets_in_increasing_order_get_the_sentence_a_binary_search_gives()
    {
        foreach (var document in TaggingFixtures.Seeds.Documents)
        {
            var cursor = new SentenceCursor(document);
            for (var offset = 0; offset <= document.Article.Body.Length; offset++)
            {
                Assert.Equal(document.SentenceAt(offset), cursor.At(offset));
            }
        }
    }

    [Fact]
    public void Offsets_out_of_order_and_between_sentences_get_the_same_answer()
    {
        // Two sentences with a gap between them ("  "), asked forwards, backwards and repeated.
        var document = Document.From(TaggingFixtures.Article("One two.\nThree four.") with
        {
            Sentences = [new(0, 8), new(11, 21)],
        });
        var cursor = new SentenceCursor(document);
        int[] offsets = [0, 7, 8, 9, 15, 3, 10, 11, 20, 21, 25, 0, 21];

        Assert.Equal(offsets.Select(document.SentenceAt), offsets.Select(cursor.At));
        Assert.Contains(-1, offsets.Select(document.SentenceAt));
    }
}
