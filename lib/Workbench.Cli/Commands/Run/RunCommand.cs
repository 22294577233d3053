using System.CommandLine;
using Spectre.Console;
using Workbench.Cli.Commands.Export;

namespace Workbench.Cli.Commands.Run;

/// <summary>
/// <c>workbench run &lt;notebook|folder&gt;… [-o DIR] [-p name=value]… [--html FILE] [--allow-errors] [--cell-timeout S]
/// [--inplace]</c>: runs each notebook in its own process, writes the executed notebooks (never over the input unless
/// <c>--inplace</c>), shows progress per cell, and exits non-zero when any cell failed.
/// </summary>
internal static class RunCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var paths = new Argument<string[]>("notebooks") { Description = "Notebook files (.ipynb, .dib) or folders to run.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--output", "-o") { Description = "Folder for the executed notebooks (default: name.executed.ipynb next to each input)." };
        var parameters = new Option<string[]>("--parameter", "-p") { Description = "name=value, injected after the cell tagged 'parameters'." };
        var html = new Option<string?>("--html") { Description = "Also write one standalone HTML report of all executed notebooks." };
        var allowErrors = new Option<bool>("--allow-errors") { Description = "Run every cell even after one fails (still exits non-zero)." };
        var timeout = new Option<double>("--cell-timeout") { Description = "Seconds a cell may run before it is stopped.", DefaultValueFactory = _ => 600 };
        var inPlace = new Option<bool>("--inplace") { Description = "Overwrite the input notebooks with the executed ones." };
        var command = new Command("run", "Run notebooks headless and write the executed notebooks (and an HTML report).")
        {
            paths, output, parameters, html, allowErrors, timeout, inPlace,
        };
        command.SetAction(async (result, ct) =>
        {
            var (values, errors) = ParseParameters(result.GetValue(parameters) ?? []);
            foreach (var e in errors) console.MarkupLineInterpolated($"[red]{e}[/]");
            if (errors.Count > 0) return 2;
            var options = new RunOptions(result.GetValue(paths) ?? [], result.GetValue(output), values, result.GetValue(html),
                result.GetValue(allowErrors), TimeSpan.FromSeconds(result.GetValue(timeout)), result.GetValue(inPlace));
            return await RunAsync(options, console, ct);
        });
        return command;
    }

    internal static (Dictionary<string, string> Values, List<string> Errors) ParseParameters(IEnumerable<string> pairs)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var errors = new List<string>();
        foreach (var pair in pairs)
        {
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            if (at <= 0) errors.Add($"-p '{pair}' is not name=value");
            else values[pair[..at].Trim()] = pair[(at + 1)..];
        }
        return (values, errors);
    }

    private static async Task<int> RunAsync(RunOptions options, IAnsiConsole console, CancellationToken ct)
    {
        var (jobs, errors) = NotebookDiscovery.Find(options);
        foreach (var e in errors) console.MarkupLineInterpolated($"[red]{e}[/]");
        var failed = errors.Count;
        var executed = new List<(string Title, string Path)>();
        foreach (var job in jobs)
        {
            console.MarkupLineInterpolated($"[bold]▶ {job.DisplayName}[/]");
            var (succeeded, _) = await NotebookProcess.RunAsync(job, options, console, ct);
            if (!succeeded) failed++;
            if (File.Exists(job.Output)) executed.Add((Path.GetFileNameWithoutExtension(job.Input), job.Output));
            var written = Markup.Escape(Path.GetRelativePath(Directory.GetCurrentDirectory(), job.Output));
            console.MarkupLine($"  {(succeeded ? "[green]ok[/]" : "[red]failed[/]")} → {written}");
        }
        if (options.Html is { } page && !ReportWriter.Write(executed, page, console)) failed++;
        console.MarkupLineInterpolated($"{jobs.Count} notebook(s), {jobs.Count + errors.Count - failed} succeeded, {failed} failed");
        return failed == 0 && jobs.Count > 0 ? 0 : 1;
    }
}
