using System.Text.Json.Nodes;
using Workbench.Notebooks.Diagnostics;
using Workbench.Notebooks.Documents;

namespace Workbench.Notebooks.Tests.Documents;

public class IpynbRoundTripTests
{
    [Fact]
    public void A_polyglot_notebook_reads_with_kernels_metadata_and_sources()
    {
        var nb = NotebookFile.Read(Fixtures.Path("polyglot.ipynb"));
        Assert.Equal([CellKind.Markdown, CellKind.Code, CellKind.Code, CellKind.Code], nb.Cells.Select(c => c.Kind));
        Assert.Equal(["markdown", "csharp", "html", "csharp"], nb.Cells.Select(c => c.KernelName));
        Assert.Equal("# Quốc phòng: a Polyglot notebook\n\nWritten the way .NET Interactive writes notebooks.", nb.Cells[0].Source);
        Assert.Equal(".net-csharp", nb.Metadata["kernelspec"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public void Unknown_metadata_round_trips_untouched()
    {
        var nb = NotebookFile.Read(Fixtures.Path("polyglot.ipynb"));
        var again = NotebookFile.Parse(NotebookFile.Serialize(nb, NotebookFormat.Ipynb), NotebookFormat.Ipynb);
        Assert.Equal("[1,2.50,\"ở đây\"]", again.Metadata["custom_tool"]!["keep"]!.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.Equal("polyglot-notebook", again.Cells[1].Metadata["vscode"]!["languageId"]!.GetValue<string>());
    }

    [Fact]
    public void A_notebook_the_engine_wrote_is_rewritten_byte_for_byte()
    {
        var nb = NotebookFile.Read(Fixtures.Path("polyglot.ipynb"));
        var cells = nb.Cells.ToList();
        cells[3] = cells[3] with
        {
            ExecutionCount = 2,
            Outputs =
            [
                new StreamOutput("stdout", "a\nb\n"),
                new ExecuteResultOutput(MimeBundle.Of(("text/plain", "3"), ("application/vnd.plotly.v1+json", "{\"data\":[]}")), 2),
                new ErrorOutput("System.Exception", "x", ["line 1", "line 2"]),
            ],
        };
        var written = NotebookFile.Serialize(nb with { Cells = cells }, NotebookFormat.Ipynb);
        var rewritten = NotebookFile.Serialize(NotebookFile.Parse(written, NotebookFormat.Ipynb), NotebookFormat.Ipynb);
        Assert.Equal(written, rewritten);
        Assert.EndsWith("}\n", written, StringComparison.Ordinal);
        Assert.Contains("\"nbformat_minor\": 5", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Written_cells_have_ids_and_line_array_sources()
    {
        var json = JsonNode.Parse(NotebookFile.Serialize(Notebook.CreateCSharp([NotebookCell.Code("a\nb")]), NotebookFormat.Ipynb))!;
        var cell = json["cells"]![0]!;
        Assert.Matches("^[a-zA-Z0-9-_]{1,64}$", cell["id"]!.GetValue<string>());
        Assert.Equal(["a\n", "b"], cell["source"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.Equal("csharp", cell["metadata"]!["polyglot_notebook"]!["kernelName"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{ not json", DiagnosticCodes.InvalidNotebook)]
    [InlineData("{\"nbformat\": 3, \"cells\": []}", DiagnosticCodes.UnsupportedFormat)]
    [InlineData("[]", DiagnosticCodes.InvalidNotebook)]
    [InlineData("{\"cells\": [{\"cell_type\": \"code\", \"source\": \"1\", \"outputs\": [42]}]}", DiagnosticCodes.InvalidNotebook)]
    [InlineData("{\"cells\": [{\"cell_type\": \"code\", \"source\": 7}]}", DiagnosticCodes.InvalidNotebook)]
    public void Broken_files_fail_with_a_coded_diagnostic(string text, string code)
    {
        var e = Assert.Throws<NotebookFormatException>(() => NotebookFile.Parse(text, NotebookFormat.Ipynb, "broken.ipynb"));
        Assert.Equal((code, "broken.ipynb"), (e.Diagnostic.Code, e.Diagnostic.File));
    }
}
