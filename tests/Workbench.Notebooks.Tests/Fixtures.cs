using System.Runtime.CompilerServices;

namespace Workbench.Notebooks.Tests;

/// <summary>
/// Finds test fixtures by walking up to the repository root (the folder holding Workbench.sln), from the test binaries
/// or, when they are built elsewhere (<c>--artifacts-path</c>), from this source file.
/// </summary>
internal static class Fixtures
{
    public static string Root { get; } = FindRoot(AppContext.BaseDirectory) ?? FindRoot(SourceFolder())
        ?? throw new InvalidOperationException("Workbench.sln not found above the tests");

    public static string Path(string name) => System.IO.Path.Combine(Root, "tests", "Workbench.Notebooks.Tests", "Fixtures", name);

    private static string SourceFolder([CallerFilePath] string file = "") => System.IO.Path.GetDirectoryName(file) ?? "";

    private static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Workbench.sln"))) return dir.FullName;
        }
        return null;
    }
}
