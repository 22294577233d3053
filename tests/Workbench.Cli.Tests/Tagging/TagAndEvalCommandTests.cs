using System.Text.Json;
using Spectre.Console.Testing;
using Workbench.Cli.Tests.Support;
using Workbench.Cli.Commands.Tag;
using Workbench.Testing;

namespace Workbench.Cli.Tests.Tags;

public class TagAndEvalCommandTests
{
    private static string Articles => RepoRoot.Articles;

    private static string Gold => RepoRoot.Gold;

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

    // Scores over no gold record would all read 1.000: the command says there is nothing to score and names each bad line.
    [Theory]
    [InlineData("\n\n", 0)]
    [InlineData("not json\n{\"file\": 1}\n", 2)]
    public async Task Eval_with_no_readable_gold_record_says_so_and_exits_2(string content, int badLines)
    {
        using var folder = new TempFolder();
        var gold = folder.Write("gold.jsonl", content);

        var (exit, output) = await WorkbenchCli.RunAsync("eval", "--gold", gold, "--articles", Articles);

        Assert.Equal(2, exit);
        Assert.Contains(gold, output, StringComparison.Ordinal);
        Assert.DoesNotContain("F1", output, StringComparison.Ordinal);
        Assert.Equal(badLines, output.Split("WB025").Length - 1);
    }

    [Fact]
    public async Task Tag_names_the_files_it_could_not_load_and_tags_the_rest()
    {
        using var folder = new TempFolder().CopyFrom(Articles);
        folder.Write("empty.txt", "");
        folder.Write("photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A]);

        var (exit, output) = await WorkbenchCli.RunAsync("tag", folder.Path);

        Assert.Equal(0, exit);
        Assert.Contains("empty.txt: WB002", output, StringComparison.Ordinal);
        Assert.Contains("photo.txt: WB003", output, StringComparison.Ordinal);
        Assert.Contains("Phan Văn Giang", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Gold_jsonl_stays_valid_with_a_bad_file_in_the_folder_and_the_problem_goes_to_standard_error()
    {
        using var folder = new TempFolder().CopyFrom(Articles);
        folder.Write("empty.txt", "");
        var console = new TestConsole { EmitAnsiSequences = false };
        console.Profile.Width = 400;
        using var errors = new StringWriter();

        var exit = TagCommand.Run(new TagCommandOptions(folder.Path, "gold-jsonl", null), console, errors, CancellationToken.None);

        var lines = console.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(0, exit);
        Assert.Equal(Directory.GetFiles(Articles).Length, lines.Length);
        Assert.All(lines, l => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(l).RootElement.ValueKind));
        Assert.Contains("empty.txt: WB002", errors.ToString(), StringComparison.Ordinal);
    }

    // Cleaning and tagging both read dates-months.tsv from the folder: its bad row is one problem, told once.
    [Fact]
    public async Task A_bad_row_of_a_file_cleaning_and_tagging_share_is_reported_once()
    {
        using var knowledge = new TempFolder().CopyFrom(RepoRoot.Knowledge);
        File.AppendAllText(Path.Combine(knowledge.Path, "dates-months.tsv"), "Brumaire\t13\ten\n");

        var (exit, output) = await WorkbenchCli.RunAsync("tag", Articles, "--knowledge", knowledge.Path);

        Assert.Equal(0, exit);
        Assert.Single(output.Split('\n'), l => l.Contains("WB028", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_knowledge_folder_serves_cleaning_too_and_a_file_it_lacks_is_reported()
    {
        using var knowledge = new TempFolder().CopyFrom(RepoRoot.Knowledge, skip: "cleaning.jsonl");

        var (exit, output) = await WorkbenchCli.RunAsync("eval", "--gold", Gold, "--articles", Articles, "--knowledge", knowledge.Path, "--json");

        using var report = JsonDocument.Parse(output);
        Assert.Equal(0, exit);
        Assert.Contains(report.RootElement.GetProperty("diagnostics").EnumerateArray(),
            d => d.GetProperty("code").GetString() == "WB020" && d.GetProperty("message").GetString()!.Contains("cleaning.jsonl", StringComparison.Ordinal));
    }
}
