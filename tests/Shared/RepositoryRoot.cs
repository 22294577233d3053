using System.Runtime.CompilerServices;

namespace Workbench.Testing;

/// <summary>The clone the tests run from: the folder of <c>Workbench.sln</c>. Linked into every test project.</summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> s_folder = new(() => Find());

    /// <summary>The repository root.</summary>
    public static string Folder => s_folder.Value;

    // The test assembly normally runs from inside the clone; a build with --artifacts-path puts it elsewhere, so the
    // folder this source file was compiled from is the second place to look.
    private static string Find([CallerFilePath] string source = "")
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
}
