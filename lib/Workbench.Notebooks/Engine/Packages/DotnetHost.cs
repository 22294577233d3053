namespace Workbench.Notebooks.Engine.Packages;

/// <summary>Finds the <c>dotnet</c> host that runs this process, so restores use the same SDK installation.</summary>
internal static class DotnetHost
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var exe = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)) return host;
        if (Environment.ProcessPath is { } process && System.IO.Path.GetFileName(process) == exe) return process;
        // The runtime lives in <root>/shared/Microsoft.NETCore.App/<version>/; the host is <root>/dotnet.
        var runtime = System.IO.Path.GetDirectoryName(typeof(object).Assembly.Location);
        var root = runtime is null ? null : System.IO.Path.GetFullPath(System.IO.Path.Combine(runtime, "..", "..", ".."));
        return root is not null && File.Exists(System.IO.Path.Combine(root, exe)) ? System.IO.Path.Combine(root, exe) : exe;
    }
}
