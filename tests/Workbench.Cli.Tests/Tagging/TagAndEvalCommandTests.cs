using System.Text.Json;
using Spectre.Console.Testing;

namespace Workbench.Cli.Tests.Tags;

public class TagAndEvalCommandTests
{
    private static readonly string s_root = Workbench.Cli.Tests.Support.RepoRoot.Folder;

    private static string Articles => Path.Combine(s_root, "data", "articles");

    private static string Gold => Path.Combine(s_root, "tests", "Workbench.Tests", "Eval", "seeds-gold.jsonl");

    [Fact]
    public async Task Tag_writes_one_gold_schema_line_per_article()
    {
        var console = new TestConsole();

        var exit = await Program.RunAsync(["tag", Articles, "--format", "gold-jsonl"], console);

        var lines = console.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(0, exit);
        Assert.Equal(Directory.GetFiles(Articles).Length, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal(
            ["file", "language", "title", "published", "outlet", "persons", "countries", "organizations", "locations", "events", "topics"],
            first.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Eval_scores_the_seeds_with_exact_persons_and_countries()
    {
        var console = new TestConsole();

        var exit = await Program.RunAsync(["eval", "--gold", Gold, "--articles", Articles, "--json"], console);

        using var report = JsonDocument.Parse(console.Output);
        var scores = report.RootElement.GetProperty("scores");
        Assert.Equal(0, exit);
        Assert.Equal(1.0, scores.GetProperty("persons").GetProperty("f1").GetDouble());
        Assert.Equal(1.0, scores.GetProperty("countries").GetProperty("f1").GetDouble());
        Assert.True(scores.GetProperty("events").GetProperty("f1").GetDouble() >= 0.8);
        Assert.True(scores.GetProperty("topics").GetProperty("f1").GetDouble() >= 0.8);
    }

    [Fact]
    public async Task Eval_without_a_gold_file_says_so_and_exits_2()
    {
        var console = new TestConsole();
        var missing = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "gold.jsonl");

        var exit = await Program.RunAsync(["eval", "--gold", missing, "--articles", Articles], console);

        Assert.Equal(2, exit);
        Assert.Contains("WB024", console.Output, StringComparison.Ordinal);
    }

}
