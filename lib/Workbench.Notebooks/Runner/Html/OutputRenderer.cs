using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Workbench.Notebooks.Documents;
using Workbench.Notebooks.Engine.Formatting;

namespace Workbench.Notebooks.Runner.Html;

/// <summary>Renders cells and their outputs to HTML fragments; counts charts so the page inlines plotly.js only if needed.</summary>
internal sealed partial class OutputRenderer
{
    /// <summary>Draws every chart placeholder from its JSON (run once, after plotly.js).</summary>
    public const string PlotAll =
        "document.querySelectorAll('div.wb-plot').forEach(function (el) {" +
        " var fig = JSON.parse(el.nextElementSibling.textContent);" +
        " window.Plotly.newPlot(el, fig.data || [], fig.layout || {}, Object.assign({ responsive: true }, fig.config || {})); });";

    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    public int Charts { get; private set; }

    public string Cell(NotebookCell cell) => cell.Kind switch
    {
        CellKind.Markdown => $"<div class=\"cell markdown\">{Markdig.Markdown.ToHtml(cell.Source, Markdown)}</div>",
        CellKind.Raw => $"<div class=\"cell raw\"><pre>{HtmlReport.Encode(cell.Source)}</pre></div>",
        _ => Code(cell),
    };

    private string Code(NotebookCell cell)
    {
        var html = new StringBuilder("<div class=\"cell code\">");
        var count = cell.ExecutionCount is { } n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : " ";
        html.Append($"<div class=\"input\"><span class=\"prompt\">[{count}]</span><pre><code class=\"language-{cell.KernelName}\">{HtmlReport.Encode(cell.Source)}</code></pre></div>");
        foreach (var output in cell.Outputs) html.Append("<div class=\"output\">").Append(Output(output)).Append("</div>");
        return html.Append("</div>").ToString();
    }

    private string Output(CellOutput output) => output switch
    {
        StreamOutput s => $"<pre class=\"stream {s.Name}\">{HtmlReport.Encode(s.Text)}</pre>",
        ErrorOutput e => $"<pre class=\"error\">{HtmlReport.Encode(Ansi().Replace(string.Join('\n', e.Traceback.Prepend($"{e.Name}: {e.Value}").Distinct()), ""))}</pre>",
        DisplayDataOutput d => Bundle(d.Data),
        ExecuteResultOutput r => Bundle(r.Data),
        _ => "",
    };

    private string Bundle(MimeBundle data)
    {
        if (data.Get(NotebookFormatters.PlotlyMimeType) is { } figure)
        {
            Charts++;
            return $"<div class=\"wb-plot\" id=\"wb-plot-{Charts}\"></div><script type=\"application/json\">{figure.Replace("</", "<\\/", StringComparison.Ordinal)}</script>";
        }
        if (data.Get("text/html") is { } html) return $"<div class=\"html\">{html}</div>";
        if (data.Get("image/svg+xml") is { } svg) return svg;
        if (data.Get("image/png") is { } png) return $"<img src=\"data:image/png;base64,{png.Trim()}\"/>";
        if (data.Get("text/markdown") is { } md) return Markdig.Markdown.ToHtml(md, Markdown);
        return data.Get("text/plain") is { } text ? $"<pre class=\"text\">{HtmlReport.Encode(text)}</pre>" : "";
    }

    [GeneratedRegex(@"\x1b\[[0-9;]*m")]
    private static partial Regex Ansi();
}
