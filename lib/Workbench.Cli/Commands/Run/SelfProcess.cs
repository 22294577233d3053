using System.Diagnostics;

namespace Workbench.Cli.Commands.Run;

/// <summary>
/// Starts this command line again (its apphost, or <c>dotnet exec</c> on its assembly) so each
/// notebook runs in a fresh process: runaway cells can be ended and script assemblies do not pile up.
/// </summary>
internal static class SelfProcess
{
    public static ProcessStartInfo StartInfo(IEnumerable<string> arguments)
    {
        var dll = typeof(Program).Assembly.Location;
        var apphost = Path.Combine(Path.GetDirectoryName(dll)!, Path.GetFileNameWithoutExtension(dll) + (OperatingSystem.IsWindows() ? ".exe" : ""));
        ProcessStartInfo start;
        if (File.Exists(apphost))
        {
            start = new ProcessStartInfo(apphost);
        }
        else
        {
            var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h ? h
                : Environment.ProcessPath is { } p && Path.GetFileNameWithoutExtension(p) == "dotnet" ? p : "dotnet";
            start = new ProcessStartInfo(host);
            start.ArgumentList.Add("exec");
            start.ArgumentList.Add(dll);
        }
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        return start;
    }
}
