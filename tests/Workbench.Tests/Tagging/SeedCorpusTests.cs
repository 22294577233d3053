namespace Workbench.Tests.Tags;

public class SeedCorpusTests
{
    [Fact]
    public void The_VOV_and_VNA_reports_of_the_Kurenkov_visit_yield_the_same_people()
    {
        var tags = TaggingFixtures.Seeds;
        var vov = tags.Documents.Single(d => d.Article.File.StartsWith("000", StringComparison.Ordinal));
        var vna = tags.Documents.Single(d => d.Article.File.StartsWith("002", StringComparison.Ordinal));

        var shared = vov.People.Select(p => p.Id).Intersect(vna.People.Select(p => p.Id)).ToArray();

        Assert.Equal(["person:kurenkov-aleksandr-vyacheslavovich"], shared);
        Assert.Equal(vov.People.Single(p => p.Id == shared[0]), vna.People.Single(p => p.Id == shared[0]));
    }

    [Theory]
    [InlineData(Workbench.Tagging.OverlapPolicy.KeepAll)]
    [InlineData(Workbench.Tagging.OverlapPolicy.FirstWins)]
    public void Every_overlap_policy_tags_every_seed(Workbench.Tagging.OverlapPolicy policy)
    {
        var corpus = TaggingFixtures.Seeds.Documents.Select(d => d.Article).ToList();

        var tags = Workbench.Tagging.Tagger.Tag(corpus, new Workbench.Tagging.TaggerOptions { EntityOverlap = policy });

        Assert.Empty(tags.Diagnostics);
        Assert.Equal(corpus.Count, tags.Documents.Count);
        Assert.All(tags.Documents, d => Assert.NotEmpty(d.People));
    }

    [Fact]
    public void Related_headlines_and_removed_chrome_count_for_nothing()
    {
        var tags = TaggingFixtures.Seeds;
        var vov = tags.Documents.Single(d => d.Article.File.StartsWith("000", StringComparison.Ordinal));

        Assert.Contains(vov.Article.RelatedHeadlines.Concat(vov.Article.Removed.Select(r => r.Text)), t => t.Contains("Phung Si Tan", StringComparison.Ordinal));
        Assert.DoesNotContain(vov.People, p => p.Name.Contains("Phung", StringComparison.Ordinal));
        Assert.DoesNotContain(vov.SpansOf("country"), s => s.Country is "TH" or "ID");
    }

    [Fact]
    public void One_person_across_languages_keeps_the_accented_name_and_counts_every_article()
    {
        var chien = TaggingFixtures.Seeds.EntityRows.Single(e => e.Id == "person:hoang-xuan-chien");

        Assert.Equal(("Hoàng Xuân Chiến", "VN", 3), (chien.Name, chien.Country, chien.Articles));
    }

    [Fact]
    public void The_frames_have_the_shared_column_names()
    {
        var tags = TaggingFixtures.Seeds;

        Assert.Equal(["article", "entity", "type", "surface", "start", "end", "sentence"], tags.Mentions.Columns.Select(c => c.Name));
        Assert.Equal(["id", "type", "name", "key", "rank", "position", "country", "articles", "mentions"], tags.Entities.Columns.Select(c => c.Name));
        Assert.Equal(["article", "type", "date", "year", "place", "participants", "countries", "sentence"], tags.Events.Columns.Select(c => c.Name));
        Assert.Equal(["article", "topic"], tags.Topics.Columns.Select(c => c.Name));
        Assert.Equal(["a", "b", "count"], tags.PeopleCooccurrence().Columns.Select(c => c.Name));
        Assert.Equal(["country", "topic", "count"], tags.CountryTopicCooccurrence().Columns.Select(c => c.Name));
        Assert.Equal(tags.MentionRows.Count, tags.Mentions.Rows.Count);
    }

    [Fact]
    public void Mention_offsets_point_at_their_surface_in_the_clean_body()
    {
        var tags = TaggingFixtures.Seeds;
        var bodies = tags.Documents.ToDictionary(d => d.Article.Id, d => d.Article.Body);

        Assert.All(tags.MentionRows, m => Assert.Equal(m.Surface, bodies[m.Article][m.Start..m.End]));
    }

    [Fact]
    public void A_component_switched_off_by_name_adds_nothing()
    {
        var article = TaggingFixtures.Seeds.Documents[0].Article;

        var document = Workbench.Tagging.Tagger.Tag(article, new Workbench.Tagging.TaggerOptions { Disabled = ["topics", "events"] });

        Assert.Empty(document.Topics);
        Assert.Empty(document.Events);
        Assert.NotEmpty(document.People);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Đại tướng")]
    public void An_article_with_nothing_to_tag_yields_empty_tables(string body)
    {
        var tags = Workbench.Tagging.Tagger.Tag([TaggingFixtures.Article(body, "vi")]);

        Assert.Empty(tags.Diagnostics);
        Assert.Empty(tags.EventRows);
        Assert.Equal(0, tags.Entities.Rows.Count(r => (string)r["type"] == "person"));
    }
}
