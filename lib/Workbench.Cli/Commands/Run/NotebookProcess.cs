using Spectre.Console;
using Workbench.Notebooks.Diagnostics;
using Workbench.Notebooks.Engine;

namespace Workbench.Cli.Commands.Run;

/// <summary>Runs one notebook in a child process and shows its progress per cell; returns its diagnostics.</summary>
internal static class NotebookProcess
{
    public static async Task<(bool Succeeded, List<NotebookDiagnostic> Diagnostics)> RunAsync(
        NotebookJob job, RunOptions options, IAnsiConsole console, CancellationToken ct)
    {
        var args = new List<string> { RunNotebookCommand.Name, job.Input, "--output", job.Output,
            "--cell-timeout", options.CellTimeout.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (options.AllowErrors) args.Add("--allow-errors");
        foreach (var (name, value) in options.Parameters) args.AddRange(["-p", $"{name}={value}"]);
        var diagnostics = new List<NotebookDiagnostic>();
        var done = false;
        using var process = System.Diagnostics.Process.Start(SelfProcess.StartInfo(args))
            ?? throw new InvalidOperationException("could not start the notebook process");
        using var stop = ct.Register(() => Kill(process)); // Ctrl+C ends the notebook process too
        var stderr = process.StandardError.ReadToEndAsync(ct);
        while (await process.StandardOutput.ReadLineAsync(ct) is { } line)
        {
            var parts = line.Split('\t');
            switch (parts[0])
            {
                case ChildProtocol.Cell when ChildProtocol.ParseCell(parts) is { } p:
                    var color = p.Status == ExecutionStatus.Succeeded ? "green" : "red";
                    console.MarkupLine($"  [grey][[{p.CodeCellsDone}/{p.CodeCells}]][/] cell {p.CellNumber} [{color}]{p.Status.ToString().ToLowerInvariant()}[/] [grey]{p.Elapsed.TotalMilliseconds:0} ms[/]");
                    break;
                case ChildProtocol.Diagnostic when parts.Length > 1 && ChildProtocol.ParseDiagnostic(parts[1]) is { } d:
                    diagnostics.Add(d);
                    break;
                case ChildProtocol.Done:
                    done = true;
                    break;
            }
        }
        await process.WaitForExitAsync(ct);
        if (!done)
        {
            var detail = (await stderr).Trim();
            diagnostics.Add(new NotebookDiagnostic(DiagnosticCodes.RunnerCrashed,
                $"the notebook process ended with code {process.ExitCode} without finishing{(detail.Length > 0 ? ": " + Last(detail) : "")}", job.DisplayName));
        }
        foreach (var d in diagnostics) console.MarkupLineInterpolated($"  [red]{d}[/]");
        return (done && process.ExitCode == 0 && diagnostics.Count == 0, diagnostics);
    }

    private static void Kill(System.Diagnostics.Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // already ended
        }
    }

    private static string Last(string text) => text.Length <= 800 ? text : "…" + text[^800..];
}
