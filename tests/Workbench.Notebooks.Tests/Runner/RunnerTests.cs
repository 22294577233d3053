using Workbench.Notebooks.Diagnostics;
using Workbench.Notebooks.Documents;
using Workbench.Notebooks.Engine;
using Workbench.Notebooks.Runner;

namespace Workbench.Notebooks.Tests.Runner;

public class RunnerTests
{
    private static Notebook Cells(params string[] sources) => Notebook.CreateCSharp(sources.Select(NotebookCell.Code));

    [Fact]
    public async Task A_run_stops_at_the_first_failing_cell_and_names_it()
    {
        var result = await NotebookRunner.RunAsync(Cells("var a = 1;", "a.Nope();", "Console.WriteLine(a);"), "nb.ipynb", new());
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.CompileError, 2, 1, "nb.ipynb"), (diagnostic.Code, diagnostic.Cell, diagnostic.Line, diagnostic.File));
        Assert.IsType<ErrorOutput>(Assert.Single(result.Notebook.Cells[1].Outputs));
        Assert.Null(result.Notebook.Cells[2].ExecutionCount);
        Assert.Empty(result.Notebook.Cells[2].Outputs);
    }

    [Fact]
    public async Task With_allow_errors_every_cell_runs_and_the_failure_is_still_reported()
    {
        var result = await NotebookRunner.RunAsync(
            Cells("var a = 1;", "throw new Exception(\"x\");", "Console.WriteLine(a);"), null, new() { AllowErrors = true });
        Assert.False(result.Succeeded);
        Assert.Equal(DiagnosticCodes.RuntimeError, Assert.Single(result.Diagnostics).Code);
        Assert.Equal("1\n", Assert.IsType<StreamOutput>(Assert.Single(result.Notebook.Cells[2].Outputs)).Text);
        Assert.Equal(3, result.Notebook.Cells[2].ExecutionCount);
    }

    [Fact]
    public async Task A_cell_that_ignores_its_timeout_is_abandoned_and_the_notebook_is_still_returned()
    {
        var options = new NotebookRunOptions
        {
            CellTimeout = TimeSpan.FromMilliseconds(300),
            Session = new SessionOptions { InterruptGrace = TimeSpan.FromMilliseconds(200) },
        };
        var result = await NotebookRunner.RunAsync(Cells("Console.WriteLine(\"before\");", "var end = DateTime.UtcNow.AddSeconds(5);\nwhile (DateTime.UtcNow < end) { }", "1"), null, options);
        Assert.True(result.Abandoned);
        Assert.Equal(DiagnosticCodes.CellTimeout, Assert.Single(result.Diagnostics).Code);
        Assert.Equal("before\n", Assert.IsType<StreamOutput>(result.Notebook.Cells[0].Outputs[0]).Text);
    }

    [Fact]
    public async Task A_display_updated_from_a_later_cell_is_replaced_in_place()
    {
        var result = await NotebookRunner.RunAsync(Cells("var h = display(\"old\");", "h.Update(\"new\");"), null, new());
        var shown = Assert.IsType<DisplayDataOutput>(Assert.Single(result.Notebook.Cells[0].Outputs));
        Assert.Equal("new", shown.Data.Get("text/plain"));
        Assert.Empty(result.Notebook.Cells[1].Outputs);
    }

    [Fact]
    public async Task A_polyglot_notebook_written_by_dotnet_interactive_runs_unchanged()
    {
        var path = Fixtures.Path("polyglot.ipynb");
        var result = await NotebookRunner.RunAsync(NotebookFile.Read(path), path, new());
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var cells = result.Notebook.Cells;
        Assert.Equal("3 countries\n", Assert.IsType<StreamOutput>(cells[1].Outputs[0]).Text);
        Assert.Equal("<b>bold</b>", Assert.IsType<DisplayDataOutput>(cells[2].Outputs[0]).Data.Get("text/html"));
        Assert.Equal("3", Assert.IsType<ExecuteResultOutput>(cells[3].Outputs[0]).Data.Get("text/plain"));
        Assert.Equal("polyglot-notebook", cells[1].Metadata["vscode"]!["languageId"]!.GetValue<string>());
    }
}
