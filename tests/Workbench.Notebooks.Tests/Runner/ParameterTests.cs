using Workbench.Notebooks.Diagnostics;
using Workbench.Notebooks.Documents;
using Workbench.Notebooks.Runner;

namespace Workbench.Notebooks.Tests.Runner;

public class ParameterTests
{
    private static Notebook WithParameters() => Notebook.CreateCSharp(
    [
        NotebookCell.Code("var country = \"Việt Nam\";\nint year = 2020;\nvar share = 0.5;\nvar verbose = false;") with
        {
            Metadata = new() { ["tags"] = new System.Text.Json.Nodes.JsonArray("parameters") },
        },
        NotebookCell.Code("$\"{country} {year} {share * 2} {verbose}\""),
    ]);

    private static Dictionary<string, string> P(params (string, string)[] pairs) => pairs.ToDictionary(p => p.Item1, p => p.Item2);

    [Fact]
    public async Task Values_are_injected_after_the_parameters_cell_typed_from_the_defaults_and_recorded()
    {
        var options = new NotebookRunOptions { Parameters = P(("country", "Lào \"PDR\""), ("year", "2024"), ("share", "1.5"), ("verbose", "true")) };
        var result = await NotebookRunner.RunAsync(WithParameters(), null, options);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var injected = result.Notebook.Cells[1];
        Assert.Contains("injected-parameters", injected.Tags);
        Assert.Contains("int year = 2024;", injected.Source, StringComparison.Ordinal);
        Assert.Equal("Lào \"PDR\" 2024 3 True", result.Notebook.Cells[2].Outputs.OfType<ExecuteResultOutput>().Single().Data.Get("text/plain"));
        Assert.Equal("2024", result.Notebook.Metadata["workbench"]!["parameters"]!["year"]!.GetValue<string>());
    }

    [Fact]
    public async Task Running_an_executed_notebook_again_replaces_the_injected_cell()
    {
        var once = await NotebookRunner.RunAsync(WithParameters(), null, new() { Parameters = P(("year", "2021")) });
        var twice = await NotebookRunner.RunAsync(once.Notebook, null, new() { Parameters = P(("year", "2022")) });
        Assert.Single(twice.Notebook.Cells, c => c.Tags.Contains("injected-parameters"));
        Assert.Contains("2022", twice.Notebook.Cells[2].Outputs.OfType<ExecuteResultOutput>().Single().Data.Get("text/plain"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nope", "1", DiagnosticCodes.UnknownParameter)]
    [InlineData("year", "twenty", DiagnosticCodes.BadParameterValue)]
    public async Task Bad_parameters_are_coded_diagnostics(string name, string value, string code)
    {
        var result = await NotebookRunner.RunAsync(WithParameters(), null, new() { Parameters = P((name, value)) });
        Assert.Equal(code, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public async Task Parameters_without_a_parameters_cell_are_reported()
    {
        var result = await NotebookRunner.RunAsync(Notebook.CreateCSharp([NotebookCell.Code("1")]), null, new() { Parameters = P(("a", "1")) });
        Assert.Equal(DiagnosticCodes.NoParametersCell, Assert.Single(result.Diagnostics).Code);
    }
}
