using System.CommandLine;
using Spectre.Console;
using Workbench.Cli.Commands.Run;
using Workbench.Kernel;
using Workbench.Kernel.Protocol;
using Workbench.Notebooks.Engine;

namespace Workbench.Cli.Commands.Kernel;

/// <summary>
/// <c>workbench kernel --connection-file F</c> (or <c>workbench kernel run F</c>): serves the C# Jupyter kernel until the
/// front end shuts it down. <c>workbench kernel install</c> / <c>uninstall</c> manage its kernelspec.
/// </summary>
internal static class KernelCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var connection = new Option<string?>("--connection-file", "-f") { Description = "The connection file written by the Jupyter front end." };
        var kernel = new Command("kernel", "Serve the C# (Workbench) Jupyter kernel, or install and uninstall its kernelspec.") { connection };
        kernel.SetAction(async (result, ct) => result.GetValue(connection) is { } file
            ? await ServeAsync(file, console, ct)
            : Usage(console));
        var file = new Argument<string>("connection-file") { Description = "The connection file written by the Jupyter front end." };
        var run = new Command("run", "Serve the kernel with the given connection file.") { file };
        run.SetAction((result, ct) => ServeAsync(result.GetValue(file)!, console, ct));
        kernel.Subcommands.Add(run);
        kernel.Subcommands.Add(KernelInstallCommand.Create(console));
        kernel.Subcommands.Add(KernelInstallCommand.CreateUninstall(console));
        return kernel;
    }

    private static int Usage(IAnsiConsole console)
    {
        console.MarkupLine("[red]workbench kernel needs --connection-file FILE[/] (Jupyter passes it); see [bold]workbench kernel install --help[/].");
        return 2;
    }

    internal static async Task<int> ServeAsync(string connectionFile, IAnsiConsole console, CancellationToken ct)
    {
        var log = Console.Error; // taken before the engine routes the console to cells
        ConnectionInfo info;
        try
        {
            info = ConnectionInfo.Load(connectionFile);
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
        {
            console.MarkupLineInterpolated($"[red]{e.Message}[/]");
            return 2;
        }
        await JupyterKernel.RunAsync(info, new SessionOptions { References = LibraryReferences.Paths }, log, ct);
        return 0;
    }
}
