using System.Text.RegularExpressions;
using Workbench.Notebooks.Documents;
using Workbench.Notebooks.Engine.Formatting;
using Workbench.Notebooks.Runner.Html;

namespace Workbench.Notebooks.Tests.Runner;

public class HtmlReportTests
{
    private static Notebook WithChart(string title) => Notebook.CreateCSharp(
    [
        NotebookCell.Markdown($"# {title}"),
        NotebookCell.Code("chart") with
        {
            ExecutionCount = 1,
            Outputs = [new ExecuteResultOutput(MimeBundle.Of(("text/plain", "chart"), (NotebookFormatters.PlotlyMimeType, "{\"data\":[{\"type\":\"bar\",\"y\":[1,2]}],\"layout\":{}}")), 1)],
        },
    ]);

    [Fact]
    public void Several_notebooks_make_one_page_with_plotly_inlined_once()
    {
        var html = HtmlReport.Render([new ReportNotebook("Một", WithChart("Một")), new ReportNotebook("Hai", WithChart("Hai"))]);
        Assert.Equal(2, Regex.Count(html, "class=\"wb-plot\""));
        Assert.Equal(1, Regex.Count(html, "var define = undefined"));
        Assert.Contains("<h1 id=\"mot\">Một</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("<script[^>]+src=", html);
    }

    [Fact]
    public void A_page_without_charts_has_no_plotly()
    {
        var nb = Notebook.CreateCSharp([NotebookCell.Code("1") with { Outputs = [new StreamOutput("stderr", "<warn>")] }]);
        var html = HtmlReport.Render("t", nb);
        Assert.DoesNotContain("Plotly", html, StringComparison.Ordinal);
        Assert.Contains("<pre class=\"stream stderr\">&lt;warn&gt;</pre>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_show_their_name_message_and_traceback()
    {
        var nb = Notebook.CreateCSharp([NotebookCell.Code("x") with { Outputs = [new ErrorOutput("System.Exception", "boom", ["at <cell> line 1"])] }]);
        var html = HtmlReport.Render("t", nb);
        Assert.Contains("System.Exception: boom\nat &lt;cell&gt; line 1", html, StringComparison.Ordinal);
    }
}
