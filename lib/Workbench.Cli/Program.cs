using System.CommandLine;
using Spectre.Console;
using Workbench.Cli.Commands.Bench;
using Workbench.Cli.Commands.Export;
using Workbench.Cli.Commands.Run;

namespace Workbench.Cli;

/// <summary>The <c>workbench</c> command line: one verb per class under <c>Commands/</c>.</summary>
public static class Program
{
    /// <summary>Runs the command line against the real console.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <returns>The process exit code.</returns>
    public static Task<int> Main(string[] args) => RunAsync(args, AnsiConsole.Console);

    /// <summary>Runs the command line writing to <paramref name="console"/>, so tests can read what a user would see.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="console">Where output goes.</param>
    /// <returns>The process exit code.</returns>
    public static Task<int> RunAsync(string[] args, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        return BuildRoot(console).Parse(args).InvokeAsync();
    }

    internal static RootCommand BuildRoot(IAnsiConsole console)
    {
        var root = new RootCommand("Workbench: analyse news about Vietnam's defence diplomacy with C# notebooks.");
        // Each verb lives in its own class under Commands/; register it here, one line each.
        Command[] verbs =
        [
            Commands.CorpusVerb.CorpusCommand.Create(console),
            BenchCommand.Create(console),
            RunCommand.Create(console),
            RunNotebookCommand.Create(),
            ExportCommand.Create(console),
            Commands.Kernel.KernelCommand.Create(console),
            Commands.Tag.TagCommand.Create(console),
            Commands.Eval.EvalCommand.Create(console),
        ];
        foreach (var verb in verbs)
        {
            root.Subcommands.Add(verb);
        }
        return root;
    }
}
