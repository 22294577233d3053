using Microsoft.Data.Analysis;

namespace Workbench.Tests.Tags;

/// <summary>The frames of a tagged corpus agree with its records, and each access gives the caller its own frame.</summary>
public class FrameTests
{
    [Fact]
    public void The_mentions_frame_holds_the_mention_records_row_for_row()
    {
        var tags = TaggingFixtures.Seeds;
        var frame = tags.Mentions;

        var rows = Enumerable.Range(0, (int)frame.Rows.Count).Select(i => new Workbench.Tagging.Mention(
            (string)frame["article"][i], (string)frame["entity"][i], (string)frame["type"][i], (string)frame["surface"][i],
            (int)frame["start"][i]!, (int)frame["end"][i]!, (int)frame["sentence"][i]!));

        Assert.Equal(tags.MentionRows, rows);
        Assert.All(frame.Columns, c => Assert.Equal(0, c.NullCount));
    }

    [Fact]
    public void Changing_a_frame_does_not_change_the_next_one_asked_for()
    {
        var tags = TaggingFixtures.Seeds;
        var first = tags.Mentions;

        first["surface"][0] = "changed";
        first.Columns.Add(new StringDataFrameColumn("note", first.Rows.Count));

        var second = tags.Mentions;
        Assert.NotSame(first, second);
        Assert.Equal(tags.MentionRows[0].Surface, second["surface"][0]);
        Assert.Equal(7, second.Columns.Count);
    }

    [Fact]
    public void The_entities_count_the_mentions_and_articles_of_each_id()
    {
        var tags = TaggingFixtures.Seeds;

        foreach (var e in tags.EntityRows)
        {
            var mentions = tags.MentionRows.Where(m => m.Entity == e.Id).ToArray();
            Assert.Equal((mentions.Length, mentions.Select(m => m.Article).Distinct().Count()), (e.Mentions, e.Articles));
        }
    }

    // Two files may carry one article id (the load reports it); such an article still counts once, wherever it comes.
    [Fact]
    public void An_article_id_shared_by_two_documents_counts_once_for_each_entity()
    {
        const string text = "Russian and Vietnamese officers met in Hanoi.";
        var tags = Workbench.Tagging.Tagger.Tag([
            TaggingFixtures.Article(text, id: "a"), TaggingFixtures.Article(text, id: "b"), TaggingFixtures.Article(text, id: "a")]);

        var russia = Assert.Single(tags.EntityRows, e => e.Id == "country:RU");
        Assert.Equal((3, 2), (russia.Mentions, russia.Articles));
    }

    [Fact]
    public void A_person_is_named_as_written_in_full_and_counts_short_references_too()
    {
        var tags = Workbench.Tagging.Tagger.Tag([TaggingFixtures.Article("Deputy Minister Ivan Petrov met Petrov. Deputy Minister Ivan Petrov left.")]);

        var person = Assert.Single(tags.EntityRows, e => e.Type == "person");
        Assert.Equal(("Ivan Petrov", 3), (person.Name, person.Mentions));
    }
}
