namespace Workbench.Cli.Tests.Run;

/// <summary>Runs the command line in-process against a test console (notebooks still run in child processes).</summary>
internal static class Cli
{
    public static Task<(int Code, string Output)> RunAsync(params string[] args) => Support.WorkbenchCli.RunAsync(args);

    public static string Dib(params string[] cells) =>
        "#!meta\n\n{\"kernelInfo\":{\"defaultKernelName\":\"csharp\",\"items\":[{\"aliases\":[],\"name\":\"csharp\"}]}}\n"
        + string.Concat(cells.Select(c => c.StartsWith("#!", StringComparison.Ordinal) ? $"\n{c}\n" : $"\n#!csharp\n\n{c}\n"));
}
