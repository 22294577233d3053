using Spectre.Console;
using Workbench.Notebooks.Documents;
using Workbench.Notebooks.Runner.Html;

namespace Workbench.Cli.Commands.Export;

/// <summary>Reads executed notebooks and writes them as one standalone HTML page (shared by <c>run --html</c> and <c>export</c>).</summary>
internal static class ReportWriter
{
    public static bool Write(IReadOnlyList<(string Title, string Path)> notebooks, string page, IAnsiConsole console)
    {
        var ok = true;
        var read = new List<ReportNotebook>();
        foreach (var (name, path) in notebooks)
        {
            try
            {
                read.Add(new ReportNotebook(name, NotebookFile.Read(path)));
            }
            catch (NotebookFormatException e)
            {
                console.MarkupLineInterpolated($"[red]{e.Diagnostic}[/]");
                ok = false;
            }
            catch (IOException e)
            {
                console.MarkupLineInterpolated($"[red]{path}: {e.Message}[/]");
                ok = false;
            }
        }
        var title = read.Count == 1 ? read[0].Title : "Workbench report";
        NotebookFile.WriteAtomically(page, HtmlReport.Render(read, title));
        console.MarkupLineInterpolated($"report → {page} ({read.Count} notebook(s))");
        return ok;
    }
}
