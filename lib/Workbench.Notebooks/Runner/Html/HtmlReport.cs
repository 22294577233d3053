using System.Net;
using System.Text;
using Workbench.Notebooks.Documents;

namespace Workbench.Notebooks.Runner.Html;

/// <summary>
/// Renders executed notebooks as one standalone HTML page: markdown rendered, code shown, outputs in place, Plotly
/// charts interactive with plotly.js inlined once, no network needed to open it.
/// </summary>
/// <example><c>File.WriteAllText("report.html", HtmlReport.Render([new ReportNotebook("Walkthrough", nb)]));</c></example>
public static class HtmlReport
{
    /// <summary>Renders the page.</summary>
    /// <param name="notebooks">The notebooks, in page order.</param>
    /// <param name="title">The page title.</param>
    /// <returns>The HTML document.</returns>
    public static string Render(IReadOnlyList<ReportNotebook> notebooks, string title = "Workbench report")
    {
        ArgumentNullException.ThrowIfNull(notebooks);
        var renderer = new OutputRenderer();
        var body = new StringBuilder();
        if (notebooks.Count > 1)
        {
            body.Append("<nav class=\"toc\"><ol>");
            for (var i = 0; i < notebooks.Count; i++) body.Append($"<li><a href=\"#nb-{i + 1}\">{Encode(notebooks[i].Title)}</a></li>");
            body.Append("</ol></nav>");
        }
        for (var i = 0; i < notebooks.Count; i++)
        {
            body.Append($"<section class=\"notebook\" id=\"nb-{i + 1}\"><h1 class=\"nb-title\">{Encode(notebooks[i].Title)}</h1>");
            foreach (var cell in notebooks[i].Notebook.Cells) body.Append(renderer.Cell(cell));
            body.Append("</section>");
        }
        var page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n");
        page.Append($"<title>{Encode(title)}</title>\n<style>{ReportStyles.Css}</style>\n");
        if (renderer.Charts > 0) page.Append("<script>").Append(PlotlyScript.Wrapped).Append("</script>\n");
        page.Append("</head>\n<body>\n").Append(body).Append('\n');
        if (renderer.Charts > 0) page.Append("<script>").Append(OutputRenderer.PlotAll).Append("</script>\n");
        return page.Append("</body>\n</html>\n").ToString();
    }

    /// <summary>Renders one notebook as a page.</summary>
    /// <param name="title">The page title.</param>
    /// <param name="notebook">The executed notebook.</param>
    /// <returns>The HTML document.</returns>
    public static string Render(string title, Notebook notebook) => Render([new ReportNotebook(title, notebook)], title);

    internal static string Encode(string text) => WebUtility.HtmlEncode(text);
}
