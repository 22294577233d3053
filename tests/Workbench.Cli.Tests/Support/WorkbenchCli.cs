using Spectre.Console.Testing;

namespace Workbench.Cli.Tests.Support;

/// <summary>Runs the <c>workbench</c> command line in-process against a wide test console and returns what a user would see.</summary>
internal static class WorkbenchCli
{
    public static async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        var console = new TestConsole { EmitAnsiSequences = false };
        console.Profile.Width = 400;
        var code = await Program.RunAsync(args, console);
        return (code, console.Output);
    }
}
