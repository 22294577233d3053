using System.CommandLine;
using Spectre.Console;

namespace Workbench.Cli.Commands.Export;

/// <summary>
/// <c>workbench export &lt;notebook&gt;… --html FILE</c>: renders executed notebooks as one standalone, offline HTML page
/// (markdown rendered, code shown, outputs in place, charts interactive, plotly.js embedded once).
/// </summary>
internal static class ExportCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var notebooks = new Argument<string[]>("notebooks") { Description = "Executed notebooks (.ipynb or .dib).", Arity = ArgumentArity.OneOrMore };
        var html = new Option<string>("--html") { Description = "The HTML file to write.", Required = true };
        var command = new Command("export", "Render executed notebooks as one standalone HTML page.") { notebooks, html };
        command.SetAction(result =>
        {
            var paths = result.GetValue(notebooks) ?? [];
            var missing = paths.Where(p => !File.Exists(p)).ToList();
            foreach (var m in missing) console.MarkupLineInterpolated($"[red]'{m}' does not exist[/]");
            var ok = ReportWriter.Write(paths.Except(missing).Select(p => (Path.GetFileNameWithoutExtension(p), p)).ToList(), result.GetValue(html)!, console);
            return ok && missing.Count == 0 ? 0 : 1;
        });
        return command;
    }
}
