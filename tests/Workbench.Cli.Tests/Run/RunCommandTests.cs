using System.Text.RegularExpressions;
using Workbench.Notebooks.Documents;
using Workbench.Testing;

namespace Workbench.Cli.Tests.Run;

public class RunCommandTests
{
    private const string ChartCell = """
        using Plotly.NET.CSharp;
        Chart.Column<int, string, string>(new[] { 3, 5 }, new Optional<IEnumerable<string>>(new[] { "Việt Nam", "Lào" }, true))
        """;

    [Fact]
    public async Task A_folder_runs_to_executed_notebooks_and_one_offline_report()
    {
        using var temp = new TempFolder();
        var a = temp.Write("nbs/a.dib", Cli.Dib("#!markdown\n\n# Báo cáo", ChartCell, "File.ReadAllText(\"data.txt\")"));
        temp.Write("nbs/data.txt", "read from the notebook's folder");
        temp.Write("nbs/sub/b.dib", Cli.Dib(ChartCell));
        var before = File.ReadAllText(a);
        var (code, output) = await Cli.RunAsync("run", temp["nbs"], "-o", temp["out"], "--html", temp["out/report.html"]);
        Assert.True(code == 0, output);
        var executed = NotebookFile.Read(temp["out/a.ipynb"]);
        Assert.Contains("read from the notebook's folder", executed.Cells[2].Outputs.OfType<ExecuteResultOutput>().Single().Data.Get("text/plain"), StringComparison.Ordinal);
        Assert.True(File.Exists(temp["out/sub/b.ipynb"]));
        var html = File.ReadAllText(temp["out/report.html"]);
        Assert.Equal(2, Regex.Count(html, "class=\"wb-plot\""));
        Assert.Equal(1, Regex.Count(html, "var define = undefined"));
        Assert.DoesNotMatch("<script[^>]+src=\"https?:", html);
        Assert.Equal(before, File.ReadAllText(a));
    }

    [Fact]
    public async Task A_failing_cell_stops_the_notebook_exits_non_zero_and_still_writes_it()
    {
        using var temp = new TempFolder();
        var nb = temp.Write("fail.dib", Cli.Dib("Console.WriteLine(\"one\");", "var x = missing;", "Console.WriteLine(\"three\");"));
        var (code, output) = await Cli.RunAsync("run", nb, "-o", temp["out"]);
        Assert.Equal(1, code);
        Assert.Contains("WB110", output, StringComparison.Ordinal);
        var executed = NotebookFile.Read(temp["out/fail.ipynb"]);
        Assert.IsType<ErrorOutput>(Assert.Single(executed.Cells[1].Outputs));
        Assert.Empty(executed.Cells[2].Outputs);
    }

    [Fact]
    public async Task With_allow_errors_later_cells_run_and_the_exit_code_is_still_non_zero()
    {
        using var temp = new TempFolder();
        var nb = temp.Write("fail.dib", Cli.Dib("throw new Exception(\"boom\");", "Console.WriteLine(\"three\");"));
        var (code, _) = await Cli.RunAsync("run", nb, "-o", temp["out"], "--allow-errors");
        Assert.Equal(1, code);
        Assert.Equal("three\n", NotebookFile.Read(temp["out/fail.ipynb"]).Cells[1].Outputs.OfType<StreamOutput>().Single().Text);
    }

    [Fact]
    public async Task A_runaway_cell_is_ended_by_its_timeout_and_what_ran_before_is_written()
    {
        using var temp = new TempFolder();
        var nb = temp.Write("spin.dib", Cli.Dib("Console.WriteLine(\"before\");", "while (true) { }", "1"));
        var (code, output) = await Cli.RunAsync("run", nb, "-o", temp["out"], "--cell-timeout", "1");
        Assert.Equal(1, code);
        Assert.Contains("WB112", output, StringComparison.Ordinal);
        var executed = NotebookFile.Read(temp["out/spin.ipynb"]);
        Assert.Equal("before\n", executed.Cells[0].Outputs.OfType<StreamOutput>().Single().Text);
        Assert.Contains("WB112", string.Join("\n", executed.Cells[1].Outputs.OfType<ErrorOutput>().Single().Traceback), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parameters_are_injected_and_recorded()
    {
        using var temp = new TempFolder();
        var nb = temp.Write("p.ipynb", NotebookFile.Serialize(Notebook.CreateCSharp(
        [
            NotebookCell.Code("var year = 2020;") with { Metadata = new() { ["tags"] = new System.Text.Json.Nodes.JsonArray("parameters") } },
            NotebookCell.Code("year + 1"),
        ]), NotebookFormat.Ipynb));
        var (code, output) = await Cli.RunAsync("run", nb, "-o", temp["out"], "-p", "year=2024");
        Assert.True(code == 0, output);
        var executed = NotebookFile.Read(temp["out/p.ipynb"]);
        Assert.Equal("2025", executed.Cells[2].Outputs.OfType<ExecuteResultOutput>().Single().Data.Get("text/plain"));
    }

    [Fact]
    public async Task A_broken_notebook_is_reported_by_name_and_the_others_still_run()
    {
        using var temp = new TempFolder();
        temp.Write("nbs/broken.ipynb", "{ not json");
        temp.Write("nbs/good.dib", Cli.Dib("1 + 1"));
        var (code, output) = await Cli.RunAsync("run", temp["nbs"], "-o", temp["out"]);
        Assert.Equal(1, code);
        Assert.Contains("WB100", output, StringComparison.Ordinal);
        Assert.Contains("broken.ipynb", output, StringComparison.Ordinal);
        Assert.True(File.Exists(temp["out/good.ipynb"]));
        Assert.Equal("{ not json", File.ReadAllText(temp["nbs/broken.ipynb"]));
    }

    [Fact]
    public async Task Without_an_output_folder_the_input_is_not_overwritten()
    {
        using var temp = new TempFolder();
        var nb = temp.Write("x.dib", Cli.Dib("2 * 21"));
        var before = File.ReadAllText(nb);
        var (code, _) = await Cli.RunAsync("run", nb);
        Assert.Equal(0, code);
        Assert.Equal(before, File.ReadAllText(nb));
        Assert.True(File.Exists(temp["x.executed.ipynb"]));
    }
}
