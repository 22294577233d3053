using System.Globalization;
using System.Text.Json;
using Workbench.Tests.Support;

namespace Workbench.Tests.CorpusTests;

public class SeedMetadataTests
{
    [Theory]
    [InlineData("000", "en", "Defence Ministry hopes for increased sharing with Russian Ministry of Emergency", null, "VOV")]
    [InlineData("001", "en", "Vietnam makes pledge to Russia", "2023-07-07", "RT")]
    [InlineData("002", "en", null, "2023-11-09", "VNA")]
    [InlineData("003", "vi", "Việt Nam – Hàn Quốc tăng cường hợp tác về công nghiệp quốc phòng, an ninh biển", "2021-09-17", "baochinhphu.vn")]
    [InlineData("004", "vi", null, null, "Vietnam+")]
    public void Each_seed_has_the_gold_title_date_outlet_and_language(string id, string language, string? title, string? published, string outlet)
    {
        var a = SeedCorpus.Get(id);
        Assert.Equal(language, a.Language);
        Assert.Equal(title, a.Title);
        Assert.Equal(published, a.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal(outlet, a.Outlet);
    }

    [Fact]
    public void Every_seed_matches_the_shared_gold_file_when_it_is_beside_the_repository()
    {
        var gold = Path.Combine(RepoPaths.SharedEval, "seeds-gold.jsonl");
        if (!File.Exists(gold))
        {
            return; // a clone without ../shared: the theory above holds the same values
        }
        var rows = File.ReadLines(gold).Where(l => l.Trim().Length > 0).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(SeedCorpus.Corpus.Count, rows.Count);
        foreach (var row in rows)
        {
            var file = row.GetProperty("file").GetString()!;
            var a = SeedCorpus.Corpus.Single(x => x.File == file);
            Assert.Equal(Str(row, "title"), a.Title);
            Assert.Equal(Str(row, "published"), a.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Assert.Equal(Str(row, "outlet"), a.Outlet);
            Assert.Equal(Str(row, "language"), a.Language);
        }
    }

    [Fact]
    public void The_RT_date_line_gives_the_time_too()
    {
        var a = SeedCorpus.Get("001");
        Assert.Equal(new TimeOnly(8, 21), a.PublishedTime);
        Assert.Equal(new TimeOnly(16, 32), SeedCorpus.Get("003").PublishedTime);
    }

    [Fact]
    public void The_VNA_dateline_gives_the_place()
    {
        Assert.Equal("Hanoi", SeedCorpus.Get("002").Dateline);
        Assert.Null(SeedCorpus.Get("004").Dateline);
    }

    [Theory]
    [InlineData("000", "outlet", "outlet:follow-us")]
    [InlineData("001", "outlet", "outlet:template-rt")]
    [InlineData("002", "outlet", "outlet:dateline")]
    [InlineData("003", "outlet", "outlet:source-line")]
    [InlineData("004", "outlet", "outlet:attribution-vi")]
    [InlineData("001", "published", "date-stamp-iso")]
    [InlineData("003", "published", "date-line-numeric")]
    [InlineData("000", "title", "title:first-line")]
    public void Each_value_records_the_rule_that_produced_it(string id, string field, string rule)
    {
        var a = SeedCorpus.Get(id);
        Assert.Contains(a.Provenance, p => p.Field == field && p.Rule == rule);
    }

    [Fact]
    public void Values_the_text_does_not_give_have_no_provenance()
    {
        Assert.DoesNotContain(SeedCorpus.Get("000").Provenance, p => p.Field == "published");
        Assert.DoesNotContain(SeedCorpus.Get("004").Provenance, p => p.Field is "published" or "title");
    }

    [Fact]
    public void The_seed_folder_loads_without_problems()
    {
        var report = SeedCorpus.Corpus.Report;
        Assert.Equal(5, report.Files);
        Assert.Equal(5, report.Articles);
        Assert.Empty(report.Diagnostics);
        Assert.All(SeedCorpus.Corpus, a => Assert.Equal("utf-8", a.Encoding));
    }

    private static string? Str(JsonElement row, string name) =>
        row.GetProperty(name).ValueKind == JsonValueKind.Null ? null : row.GetProperty(name).GetString();
}
