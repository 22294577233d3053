using System.Diagnostics;
using System.Net;
using System.Text;

namespace Workbench.Notebooks.Engine.Packages;

/// <summary>
/// Restores a <see cref="PackageSet"/> with the .NET SDK: a generated project in a cache folder keyed by the set, then
/// <c>dotnet msbuild -restore</c> with a small target listing the resolved assemblies. A set restored before is read
/// from the cache without running the SDK again.
/// </summary>
internal sealed class PackageRestorer(string cacheRoot)
{
    private const string ListFile = "assemblies.txt";

    public static string DefaultCacheRoot =>
        Path.Combine(Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"), "workbench", "packages");

    /// <summary>True when the last <see cref="RestoreAsync"/> ran the SDK (false = served from the cache).</summary>
    public bool LastRestoreRanSdk { get; private set; }

    public async Task<IReadOnlyList<string>> RestoreAsync(PackageSet set, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(cacheRoot, set.Key);
        var list = Path.Combine(folder, ListFile);
        LastRestoreRanSdk = false;
        if (File.Exists(list)) return ReadList(list);
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "restore.csproj"), Project(set), cancellationToken).ConfigureAwait(false);
        var start = new ProcessStartInfo(DotnetHost.Path)
        {
            WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var arg in new[] { "msbuild", "restore.csproj", "-restore", "-t:WorkbenchListAssemblies", "-nologo",
                     "-v:q", "-nodeReuse:false", "-p:ImportDirectoryBuildProps=false", "-p:ImportDirectoryPackagesProps=false" })
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        LastRestoreRanSdk = true;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        var temp = Path.Combine(folder, ListFile + ".tmp");
        if (process.ExitCode != 0 || !File.Exists(temp))
        {
            var log = (await output.ConfigureAwait(false) + await error.ConfigureAwait(false)).Trim();
            throw new InvalidOperationException($"dotnet restore failed ({process.ExitCode}): {Last(log, 1200)}");
        }
        File.Move(temp, list, overwrite: true);
        return ReadList(list);
    }

    private static List<string> ReadList(string path) =>
        File.ReadAllLines(path).Where(l => l.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)).Distinct().ToList();

    private static string Last(string text, int max) => text.Length <= max ? text : "…" + text[^max..];

    private static string Project(PackageSet set)
    {
        var xml = new StringBuilder("<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n");
        xml.Append($"    <TargetFramework>net{Environment.Version.Major}.0</TargetFramework>\n");
        xml.Append("    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>\n");
        xml.Append("    <CopyLocalLockFileAssemblies>true</CopyLocalLockFileAssemblies>\n");
        xml.Append("    <NoWarn>$(NoWarn);NU1603;NU1701;NU1608</NoWarn>\n");
        if (set.Sources.Count > 0)
        {
            xml.Append($"    <RestoreAdditionalProjectSources>{WebUtility.HtmlEncode(string.Join(';', set.Sources))}</RestoreAdditionalProjectSources>\n");
        }
        xml.Append("  </PropertyGroup>\n  <ItemGroup>\n");
        foreach (var (name, version) in set.Packages)
        {
            xml.Append($"    <PackageReference Include=\"{WebUtility.HtmlEncode(name)}\" Version=\"{WebUtility.HtmlEncode(version ?? "*")}\" />\n");
        }
        xml.Append("  </ItemGroup>\n");
        xml.Append("  <Target Name=\"WorkbenchListAssemblies\" DependsOnTargets=\"ResolvePackageAssets\">\n");
        xml.Append($"    <WriteLinesToFile File=\"$(MSBuildProjectDirectory)/{ListFile}.tmp\" Lines=\"@(RuntimeCopyLocalItems->'%(FullPath)')\" Overwrite=\"true\" />\n");
        xml.Append("  </Target>\n</Project>\n");
        return xml.ToString();
    }
}
