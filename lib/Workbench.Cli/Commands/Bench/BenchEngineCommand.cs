using System.CommandLine;
using System.Diagnostics;
using Spectre.Console;
using Workbench.Cli.Commands.Run;
using Workbench.Notebooks.Documents;
using Workbench.Notebooks.Engine;

namespace Workbench.Cli.Commands.Bench;

/// <summary>
/// <c>workbench bench engine [--cells N]</c>: cold start to the first cell result (a fresh <c>workbench</c> process, and
/// a first session in this process) and warm per-cell overhead. Figures, not tests.
/// </summary>
internal static class BenchEngineCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var cells = new Option<int>("--cells") { Description = "Warm cells to time.", DefaultValueFactory = _ => 100 };
        var command = new Command("engine", "Notebook engine: cold start to first cell result, warm per-cell overhead.") { cells };
        command.SetAction(async (result, ct) =>
        {
            // Wall time and this process's CPU time: on a shared machine CPU time is the steadier figure.
            var table = new Table().AddColumns("measure", "value");
            var self = Process.GetCurrentProcess();
            var clock = Stopwatch.StartNew();
            var cpu = self.TotalProcessorTime;
            using var session = ScriptSession.Create();
            await session.ExecuteAsync("1 + 1", cancellationToken: ct);
            self.Refresh();
            table.AddRow("first cell result, in process (cold JIT)", $"{clock.Elapsed.TotalMilliseconds:0} ms wall, {(self.TotalProcessorTime - cpu).TotalMilliseconds:0} ms CPU");
            var (wall, childCpu) = await ProcessColdStartAsync(ct);
            table.AddRow("first cell result, fresh process (start to result)", $"{wall:0} ms wall, {childCpu:0} ms CPU");
            var n = Math.Max(1, result.GetValue(cells));
            foreach (var (label, code) in new[] { ("warm cell: x++", "x++;"), ("warm cell: Console.WriteLine", "Console.WriteLine(x);"), ("warm cell: trailing value", "x * 2") })
            {
                await session.ExecuteAsync("var x = 0;", cancellationToken: ct);
                var times = new List<double>();
                self.Refresh();
                cpu = self.TotalProcessorTime;
                for (var i = 0; i < n; i++)
                {
                    clock.Restart();
                    await session.ExecuteAsync(code, cancellationToken: ct);
                    times.Add(clock.Elapsed.TotalMilliseconds);
                }
                self.Refresh();
                var cpuPerCell = (self.TotalProcessorTime - cpu).TotalMilliseconds / n;
                times.Sort();
                table.AddRow(label, $"median {times[times.Count / 2]:0.0} ms, p90 {times[(int)(times.Count * 0.9)]:0.0} ms wall; {cpuPerCell:0.0} ms CPU (n={n})");
            }
            console.Write(table);
            return 0;
        });
        return command;
    }

    private static async Task<(double Wall, double Cpu)> ProcessColdStartAsync(CancellationToken ct)
    {
        var folder = Directory.CreateTempSubdirectory("wb-bench-");
        try
        {
            var input = Path.Combine(folder.FullName, "bench.ipynb");
            NotebookFile.Write(Notebook.CreateCSharp([NotebookCell.Code("1 + 1")]), input);
            var clock = Stopwatch.StartNew();
            using var process = Process.Start(SelfProcess.StartInfo([RunNotebookCommand.Name, input, "--output", Path.Combine(folder.FullName, "out.ipynb")]))!;
            var cpu = 0.0;
            while (await process.StandardOutput.ReadLineAsync(ct) is { } line)
            {
                if (!line.StartsWith(ChildProtocol.Cell, StringComparison.Ordinal)) continue;
                cpu = process.TotalProcessorTime.TotalMilliseconds; // read while it still runs (Linux forgets it at exit)
                break;
            }
            var elapsed = clock.Elapsed.TotalMilliseconds;
            await process.WaitForExitAsync(ct);
            return (elapsed, cpu);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
