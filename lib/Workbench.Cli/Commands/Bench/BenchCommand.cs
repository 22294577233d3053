using System.CommandLine;
using Spectre.Console;

namespace Workbench.Cli.Commands.Bench;

/// <summary><c>workbench bench …</c>: benchmarks that print throughput figures (never timed tests).</summary>
internal static class BenchCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var bench = new Command("bench", "Measure throughput and latency (corpus loading, tagging, notebook engine, kernel).");
        // One sub-verb per benchmark, each in its own file in this folder; register it here.
        Command[] benchmarks =
        [
            BenchCorpusCommand.Create(console),
            BenchEngineCommand.Create(console),
            BenchKernelCommand.Create(console),
            BenchTagCommand.Create(console),
        ];
        foreach (var b in benchmarks)
        {
            bench.Subcommands.Add(b);
        }
        _ = console;
        return bench;
    }
}
