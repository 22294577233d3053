using System.Text.Json.Nodes;
using Workbench.Notebooks.Engine;
using Workbench.Notebooks.Engine.Formatting;

namespace Workbench.Notebooks.Tests.Engine;

public class FormatterTests
{
    [Fact]
    public async Task A_DataFrame_shows_as_an_html_table_with_row_count_and_column_types()
    {
        using var session = ScriptSession.Create();
        var outcome = await Run.Cell(session, """
            using Microsoft.Data.Analysis;
            var n = new PrimitiveDataFrameColumn<int>("count", Enumerable.Range(0, 30));
            var s = new StringDataFrameColumn("country", Enumerable.Range(0, 30).Select(i => i % 2 == 0 ? "Việt Nam" : "Lào"));
            new DataFrame(n, s)
            """);
        var html = outcome.Events.OfType<ResultEvent>().Single().Data.Get("text/html")!;
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("30 rows × 2 columns", html, StringComparison.Ordinal);
        Assert.Contains("Int32", html, StringComparison.Ordinal);
        Assert.Contains("10 more rows", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plotly_chart_shows_as_plotly_json_with_a_light_html_fragment()
    {
        using var session = ScriptSession.Create();
        var outcome = await Run.Cell(session, "Plotly.NET.Chart.Invisible()");
        var data = outcome.Events.OfType<ResultEvent>().Single().Data;
        var figure = JsonNode.Parse(data.Get(NotebookFormatters.PlotlyMimeType)!)!;
        Assert.NotNull(figure["data"]);
        Assert.NotNull(figure["layout"]!["template"]);
        Assert.DoesNotContain("<script", data.Get("text/html")!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sequence_of_records_shows_as_a_table()
    {
        using var session = ScriptSession.Create();
        var outcome = await Run.Cell(session, "record Row(string Name, int Rank);\nnew[] { new Row(\"Phan Văn Giang\", 1), new Row(\"B\", 2) }");
        var html = outcome.Events.OfType<ResultEvent>().Single().Data.Get("text/html")!;
        Assert.StartsWith("<table class=\"wb-records\">", html, StringComparison.Ordinal);
        Assert.Contains("<th>Rank</th>", html, StringComparison.Ordinal);
        Assert.Contains("Phan Văn Giang", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sequences_of_other_things_keep_the_default_html()
    {
        using var session = ScriptSession.Create();
        var html = (await Run.Cell(session, "new List<int> { 1, 2 }")).Events.OfType<ResultEvent>().Single().Data.Get("text/html")!;
        Assert.DoesNotContain("wb-records", html, StringComparison.Ordinal);
        Assert.Contains("[ 1, 2 ]", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scalars_have_plain_text_only()
    {
        using var session = ScriptSession.Create();
        var data = (await Run.Cell(session, "42")).Events.OfType<ResultEvent>().Single().Data;
        Assert.Equal(["text/plain"], data.Entries.Select(e => e.Key));
    }

    [Fact]
    public void Registering_twice_is_harmless()
    {
        NotebookFormatters.Register();
        NotebookFormatters.Register();
    }
}
