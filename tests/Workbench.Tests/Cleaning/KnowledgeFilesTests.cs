using System.Text.Json;
using Workbench.Cleaning;
using Workbench.Corpus;
using Workbench.Tests.Support;
using Workbench.Testing;

namespace Workbench.Tests.CleaningTests;

public class KnowledgeFilesTests
{
    private static readonly string[] s_kinds =
        ["icon-run", "follow-us", "share", "tags", "caption", "source-line", "end-marker", "related-list", "date-stamp", "date-line", "byline"];

    [Fact]
    public void The_repository_knowledge_loads_without_problems()
    {
        var k = CleaningKnowledge.Load(RepoPaths.Knowledge);
        Assert.Empty(k.Problems);
        Assert.True(k.Chrome.Count >= 15);
        Assert.Contains(k.Metadata, r => r.Field == "outlet");
        Assert.Contains(k.Outlets.All, o => o.Name == "Vietnam+");
        Assert.Equal(9, k.Months["Sept"]);
    }

    [Fact]
    public void The_built_in_copy_matches_the_repository_files()
    {
        var repo = CleaningKnowledge.Load(RepoPaths.Knowledge);
        var builtIn = CleaningKnowledge.BuiltIn;
        Assert.Empty(builtIn.Problems);
        Assert.Equal(repo.Chrome.Select(r => r.Id), builtIn.Chrome.Select(r => r.Id));
        Assert.Equal(repo.Metadata.Select(r => r.Id), builtIn.Metadata.Select(r => r.Id));
    }

    [Theory]
    [InlineData("cleaning.jsonl")]
    [InlineData("dates.jsonl")]
    [InlineData("cleaning-metadata.jsonl")]
    [InlineData("outlets.jsonl")]
    public void Ids_are_unique_and_chrome_kinds_are_known(string file)
    {
        var rows = File.ReadLines(Path.Combine(RepoPaths.Knowledge, file)).Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var ids = rows.Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        foreach (var row in rows.Where(r => r.TryGetProperty("kind", out _)))
        {
            Assert.Contains(row.GetProperty("kind").GetString(), s_kinds);
        }
    }

    [Fact]
    public void A_user_adds_a_rule_without_recompiling_and_a_bad_rule_is_reported()
    {
        using var temp = new TempFolder().CopyFrom(RepoPaths.Knowledge);
        File.AppendAllText(Path.Combine(temp.Path, "cleaning.jsonl"),
            """
            {"id": "promo", "kind": "share", "scope": "line", "lang": "en", "pattern": "^Download our app\\b"}
            {"id": "promo-short", "kind": "share", "scope": "line", "lang": "en", "pattern": "^Subscribe\\b", "max_chars": 30}
            {"id": "broken", "kind": "share", "scope": "line", "lang": "en", "pattern": "(unclosed"}

            """);
        var article = temp.Write("a/x.txt",
            "Some Headline Here\n\nThe body sentence stays.\n\nDownload our app today\n\nSubscribe now\n\nSubscribe is a word this long body sentence starts with.\n");
        var corpus = Workbench.Corpus.Corpus.Load(article, new CorpusOptions { KnowledgeDirectory = temp.Path });
        var a = Assert.Single(corpus);
        Assert.Equal("The body sentence stays.\n\nSubscribe is a word this long body sentence starts with.", a.Body);
        Assert.Contains(a.Removed, r => r.Rule == "promo");
        Assert.Contains(a.Removed, r => r.Rule == "promo-short" && r.Text == "Subscribe now");
        Assert.Equal("WB015", Assert.Single(corpus.Report.Diagnostics).Code);
    }
}
