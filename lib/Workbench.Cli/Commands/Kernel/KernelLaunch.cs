namespace Workbench.Cli.Commands.Kernel;

/// <summary>
/// The command a kernelspec uses to start this command line: <c>dotnet &lt;path&gt;/workbench.dll kernel
/// --connection-file {connection_file}</c>. The muxer is preferred over the apphost because front ends (VS Code, nbconvert)
/// start kernels with their own environment, where <c>DOTNET_ROOT</c> may be missing; the apphost is the fallback.
/// </summary>
internal static class KernelLaunch
{
    public static IReadOnlyList<string> Argv()
    {
        var dll = typeof(Program).Assembly.Location;
        var prefix = FindDotnet() is { } dotnet ? new[] { dotnet, dll } : [Path.ChangeExtension(dll, OperatingSystem.IsWindows() ? ".exe" : null)];
        return [.. prefix, "kernel", "--connection-file", "{connection_file}"];
    }

    private static string? FindDotnet()
    {
        var exe = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        if (Environment.ProcessPath is { } self && Path.GetFileName(self) == exe)
        {
            return self;
        }
        var candidates = new[] { Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") }
            .Concat(new[] { Environment.GetEnvironmentVariable("DOTNET_ROOT") }.Where(r => !string.IsNullOrEmpty(r)).Select(r => Path.Combine(r!, exe)))
            .Concat((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Select(p => Path.Combine(p, exe)));
        return candidates.Where(c => !string.IsNullOrEmpty(c) && File.Exists(c)).Select(c => Path.GetFullPath(c!)).FirstOrDefault();
    }
}
