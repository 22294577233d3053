using Workbench.Diagnostics;
using Workbench.Eval;
using Workbench.Tests.Tags;

namespace Workbench.Tests.Scoring;

public class SeedScoreTests
{
    private static string GoldFile => Path.Combine(TaggingFixtures.Root, "tests", "Workbench.Tests", "Eval", "seeds-gold.jsonl");

    [Fact]
    public void On_the_seeds_persons_and_countries_are_exact_and_events_and_topics_reach_the_target()
    {
        var problems = new List<Diagnostic>();
        var report = Scorer.Score(GoldJsonl.Read(GoldFile, problems), GoldExport.From(TaggingFixtures.Seeds));
        var f1 = report.Scores.ToDictionary(s => s.Kind, s => s.F1);

        Assert.Empty(problems);
        Assert.Empty(report.Diagnostics);
        Assert.Equal(1.0, f1["persons"]);
        Assert.Equal(1.0, f1["countries"]);
        Assert.True(f1["events"] >= 0.8, $"events F1 {f1["events"]}");
        Assert.True(f1["topics"] >= 0.8, $"topics F1 {f1["topics"]}");
    }

    [Fact]
    public void The_gold_file_scored_against_itself_is_perfect()
    {
        var gold = GoldJsonl.Read(GoldFile, []);

        var report = Scorer.Score(gold, gold);

        Assert.All(report.Scores, s => Assert.Equal(1.0, s.F1));
        Assert.All(report.Accuracies, a => Assert.Equal(1.0, a.Value));
    }

    [Fact]
    public void A_person_matches_by_folded_token_set_of_the_name_or_any_surface()
    {
        GoldArticle Article(params GoldPerson[] persons) => new("a.txt", "vi", null, null, null, persons, [], [], [], [], []);
        var gold = Article(new GoldPerson("Phan Van Giang", ["Phan Văn Giang", "Giang"], null, null, "VN"));

        var exact = Scorer.Score([gold], [Article(new GoldPerson("Giang Văn Phan", [], null, null, null))]);
        var shortName = Scorer.Score([gold], [Article(new GoldPerson("giang", [], null, null, null))]);
        var wrong = Scorer.Score([gold], [Article(new GoldPerson("Phan Giang", [], null, null, null))]);

        Assert.Equal(1.0, exact.Scores[0].F1);
        Assert.Equal(1.0, shortName.Scores[0].F1);
        Assert.Equal(0.0, wrong.Scores[0].F1);
    }

    [Fact]
    public void Malformed_gold_lines_and_missing_articles_are_reported_by_code()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(file, ["{\"file\":\"missing.txt\",\"persons\":[]}", "not json", "[1,2]"]);
            var problems = new List<Diagnostic>();

            var report = Scorer.Score(GoldJsonl.Read(file, problems), []);

            Assert.Equal([DiagnosticCatalog.GoldLineMalformed.Code, DiagnosticCatalog.GoldLineMalformed.Code], problems.Select(p => p.Code));
            Assert.Equal(DiagnosticCatalog.GoldArticleMissing.Code, Assert.Single(report.Diagnostics).Code);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
