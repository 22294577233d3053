using System.Runtime.CompilerServices;

namespace Workbench.Tests.Support;

/// <summary>Paths in the repository the tests run from, found by walking up to <c>Workbench.sln</c>.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> s_root = new(() => FindRoot());

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

    /// <summary>The repository root (the folder of <c>Workbench.sln</c>).</summary>
    public static string Root => s_root.Value;

    /// <summary>The seed articles: <c>data/articles</c>.</summary>
    public static string Articles => Path.Combine(Root, "data", "articles");

    /// <summary>The knowledge files: <c>data/knowledge</c>.</summary>
    public static string Knowledge => Path.Combine(Root, "data", "knowledge");

    /// <summary>The shared evaluation folder beside the repository (<c>../shared/eval</c>); it may be absent.</summary>
    public static string SharedEval => Path.Combine(Path.GetDirectoryName(Root)!, "shared", "eval");
}
