using System.Runtime.CompilerServices;

namespace Workbench.Cli.Tests.Support;

/// <summary>The repository the tests run from, found by walking up to <c>Workbench.sln</c>.</summary>
internal static class RepoRoot
{
    private static readonly Lazy<string> s_folder = new(() => FindRoot());

    // The test assembly normally runs from inside the clone; a build with --artifacts-path puts it elsewhere, so the
    // folder this source file was compiled from is the second place to look.
    private static string FindRoot([CallerFilePath] string source = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(source) ?? "" })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Workbench.sln")))
                {
                    return dir.FullName;
                }
            }
        }
        throw new InvalidOperationException("Workbench.sln not found above " + AppContext.BaseDirectory);
    }

    public static string Folder => s_folder.Value;

    public static string Articles => Path.Combine(Folder, "data", "articles");
}
