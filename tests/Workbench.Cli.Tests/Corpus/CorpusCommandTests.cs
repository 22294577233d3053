using System.Text;
using System.Text.Json;
using Workbench.Cli.Tests.Support;
using Workbench.Testing;

namespace Workbench.Cli.Tests.CorpusTests;

public class CorpusCommandTests
{
    [Fact]
    public async Task Describes_the_seed_corpus_as_a_table_with_a_summary_and_a_clean_report()
    {
        var (code, output) = await WorkbenchCli.RunAsync("corpus", RepoRoot.Articles);
        Assert.Equal(0, code);
        Assert.Contains("5 articles, 2 languages, 5 outlets, published over 2 years (2 undated)", output, StringComparison.Ordinal);
        foreach (var cell in new[] { "000_00861558c5cf31ee", "baochinhphu.vn", "Vietnam+", "Vietnam makes pledge to Russia", "2021-09-17" })
        {
            Assert.Contains(cell, output, StringComparison.Ordinal);
        }
        Assert.Contains("no problems", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_output_carries_the_articles_and_the_report()
    {
        var (code, output) = await WorkbenchCli.RunAsync("corpus", RepoRoot.Articles, "--json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var articles = doc.RootElement.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(5, articles.Count);
        Assert.Equal("RT", articles[1].GetProperty("outlet").GetString());
        Assert.Equal(JsonValueKind.Null, articles[2].GetProperty("title").ValueKind);
        Assert.Equal("Việt Nam – Hàn Quốc tăng cường hợp tác về công nghiệp quốc phòng, an ninh biển", articles[3].GetProperty("title").GetString());
        Assert.Equal(5, doc.RootElement.GetProperty("report").GetProperty("articles").GetInt32());
        Assert.Empty(doc.RootElement.GetProperty("report").GetProperty("diagnostics").EnumerateArray());
    }

    [Fact]
    public async Task Bad_files_are_listed_with_their_codes_and_the_rest_loads()
    {
        using var temp = new TempFolder();
        File.WriteAllText(Path.Combine(temp.Path, "good.txt"), "A fine headline\n\nThe body stays. It has two sentences.\n");
        File.WriteAllBytes(Path.Combine(temp.Path, "empty.txt"), []);
        File.WriteAllText(Path.Combine(temp.Path, "lines.jsonl"), "{\"id\": \"j1\", \"text\": \"Loaded. Yes.\"}\n{broken\n");
        var (code, output) = await WorkbenchCli.RunAsync("corpus", temp.Path, "--json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(2, doc.RootElement.GetProperty("articles").GetArrayLength());
        var problems = doc.RootElement.GetProperty("report").GetProperty("diagnostics").EnumerateArray()
            .Select(d => (d.GetProperty("code").GetString(), d.GetProperty("file").GetString())).ToList();
        Assert.Equal([("WB002", "empty.txt"), ("WB006", "lines.jsonl")], problems);

        var (_, table) = await WorkbenchCli.RunAsync("corpus", temp.Path);
        Assert.Contains("WB002", table, StringComparison.Ordinal);
        Assert.Contains("lines.jsonl:2", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_large_corpus_shows_the_first_rows_and_says_so()
    {
        using var temp = new TempFolder();
        File.WriteAllLines(Path.Combine(temp.Path, "many.jsonl"),
            Enumerable.Range(1, 105).Select(i => $"{{\"id\": \"n{i}\", \"text\": \"Article {i} text. It loads.\"}}"));
        var (code, output) = await WorkbenchCli.RunAsync("corpus", temp.Path);
        Assert.Equal(0, code);
        Assert.Contains("the first 100 of 105 articles", output, StringComparison.Ordinal);
        Assert.Contains("105 articles, 1 language", output, StringComparison.Ordinal);
        Assert.DoesNotContain("n101", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_path_fails_with_a_clear_message()
    {
        var (code, output) = await WorkbenchCli.RunAsync("corpus", Path.Combine(Path.GetTempPath(), "wb-no-such-" + Guid.NewGuid().ToString("N")));
        Assert.NotEqual(0, code);
        Assert.Contains("no file or folder at", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_where_nothing_loads_fails()
    {
        using var temp = new TempFolder();
        File.WriteAllBytes(Path.Combine(temp.Path, "binary.txt"), [0x00, 0x01, 0x02]);
        var (code, output) = await WorkbenchCli.RunAsync("corpus", temp.Path);
        Assert.Equal(1, code);
        Assert.Contains("WB003", output, StringComparison.Ordinal);
        Assert.Contains("no articles", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_encoding_option_names_a_legacy_code_page_and_an_unknown_one_is_refused()
    {
        using var temp = new TempFolder();
        File.WriteAllBytes(Path.Combine(temp.Path, "old.txt"), Encoding.Latin1.GetBytes("Café talks\n\nThe naïve plan was dropped. Officials said so.\n"));
        var (code, output) = await WorkbenchCli.RunAsync("corpus", temp.Path, "--encoding", "windows-1252", "--json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("Café talks", doc.RootElement.GetProperty("articles")[0].GetProperty("title").GetString());
        Assert.Equal("windows-1252", doc.RootElement.GetProperty("articles")[0].GetProperty("encoding").GetString());

        var (bad, message) = await WorkbenchCli.RunAsync("corpus", temp.Path, "--encoding", "klingon-7");
        Assert.Equal(2, bad);
        Assert.Contains("klingon-7", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_corpus_benchmark_prints_throughput()
    {
        var (code, output) = await WorkbenchCli.RunAsync("bench", "corpus", "--articles", "25", "--seeds", RepoRoot.Articles);
        Assert.Equal(0, code);
        Assert.Contains("25 of 25", output, StringComparison.Ordinal);
        Assert.Contains("MB/s", output, StringComparison.Ordinal);
        Assert.Contains("articles per second", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_tag_benchmark_reports_the_first_run_and_the_warm_repeats()
    {
        var (code, output) = await WorkbenchCli.RunAsync("bench", "tag", "--articles", "20", "--seeds", RepoRoot.Articles);
        Assert.Equal(0, code);
        Assert.Contains("20 of 20", output, StringComparison.Ordinal);
        Assert.Contains("first run (load+clean+tag+frames)", output, StringComparison.Ordinal);
        Assert.Matches(@"repeat runs, warm heap \(median of 3\)\s*│\s*\d+\.\d\d s CPU", output);
        Assert.Contains("held by corpus + tags", output, StringComparison.Ordinal);
    }
}
