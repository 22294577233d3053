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
        command.SetAction(result => Export(new ExportOptions(result.GetValue(notebooks) ?? [], result.GetValue(html)!), console));
        return command;
    }

    private static int Export(ExportOptions options, IAnsiConsole console)
    {
        var missing = options.Notebooks.Where(p => !File.Exists(p)).ToList();
        foreach (var m in missing) console.MarkupLineInterpolated($"[red]'{m}' does not exist[/]");
        var found = options.Notebooks.Except(missing).Select(p => (Path.GetFileNameWithoutExtension(p), p)).ToList();
        var ok = ReportWriter.Write(found, options.Html, console);
        return ok && missing.Count == 0 ? 0 : 1;
    }
}
