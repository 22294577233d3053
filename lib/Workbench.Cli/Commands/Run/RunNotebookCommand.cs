using System.CommandLine;
using Workbench.Notebooks.Diagnostics;
using Workbench.Notebooks.Documents;
using Workbench.Notebooks.Engine;
using Workbench.Notebooks.Runner;

namespace Workbench.Cli.Commands.Run;

/// <summary>
/// The hidden <c>run-notebook</c> verb: runs ONE notebook in this (fresh) process and reports through
/// <see cref="ChildProtocol"/> lines; <c>workbench run</c> starts one per notebook. The working directory becomes the
/// notebook's folder. A cell that ignores its timeout is abandoned, the notebook is written, and the process ends.
/// </summary>
internal static class RunNotebookCommand
{
    public const string Name = "run-notebook";

    public static Command Create()
    {
        var input = new Argument<string>("notebook");
        var output = new Option<string>("--output") { Required = true };
        var parameters = new Option<string[]>("--parameter", "-p") { AllowMultipleArgumentsPerToken = false };
        var allowErrors = new Option<bool>("--allow-errors");
        var timeout = new Option<double>("--cell-timeout") { DefaultValueFactory = _ => 600 };
        var command = new Command(Name, "Run one notebook in this process (used by 'workbench run').")
        {
            input, output, parameters, allowErrors, timeout,
        };
        command.Hidden = true;
        command.SetAction((result, ct) => RunAsync(
            result.GetValue(input)!, result.GetValue(output)!, RunCommand.ParseParameters(result.GetValue(parameters) ?? []).Values,
            result.GetValue(allowErrors), TimeSpan.FromSeconds(result.GetValue(timeout)), ct));
        return command;
    }

    private static async Task<int> RunAsync(string input, string output, IReadOnlyDictionary<string, string> parameters,
        bool allowErrors, TimeSpan timeout, CancellationToken ct)
    {
        var protocol = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = true };
        var path = Path.GetFullPath(input);
        var target = Path.GetFullPath(output);
        Notebook notebook;
        try
        {
            notebook = NotebookFile.Read(path);
        }
        catch (Exception e) when (e is NotebookFormatException or IOException)
        {
            var diagnostic = e is NotebookFormatException f ? f.Diagnostic : new NotebookDiagnostic(DiagnosticCodes.InvalidNotebook, e.Message, input);
            protocol.WriteLine(ChildProtocol.FormatDiagnostic(diagnostic with { File = input }));
            protocol.WriteLine(ChildProtocol.Done);
            return 1;
        }
        Directory.SetCurrentDirectory(Path.GetDirectoryName(path)!);
        var options = new NotebookRunOptions
        {
            Parameters = parameters,
            AllowErrors = allowErrors,
            CellTimeout = timeout,
            Session = new SessionOptions { References = LibraryReferences.Paths },
        };
        var result = await NotebookRunner.RunAsync(notebook, input, options, p => protocol.WriteLine(ChildProtocol.FormatCell(p)), ct);
        var code = result.Succeeded ? 0 : 1;
        foreach (var d in result.Diagnostics) protocol.WriteLine(ChildProtocol.FormatDiagnostic(d));
        try
        {
            NotebookFile.Write(result.Notebook, target);
        }
        catch (IOException e)
        {
            protocol.WriteLine(ChildProtocol.FormatDiagnostic(new NotebookDiagnostic(DiagnosticCodes.WriteFailed, e.Message, output)));
            code = 1;
        }
        protocol.WriteLine(ChildProtocol.Done);
        if (result.Abandoned) Environment.Exit(code); // a runaway cell is still spinning: end the process now
        return code;
    }
}
