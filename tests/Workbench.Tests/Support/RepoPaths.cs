namespace Workbench.Tests.Support;

/// <summary>Paths in the repository the tests run from, found by walking up to <c>Workbench.sln</c>.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> s_root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Workbench.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Workbench.sln not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The repository root (the folder of <c>Workbench.sln</c>).</summary>
    public static string Root => s_root.Value;

    /// <summary>The seed articles: <c>data/articles</c>.</summary>
    public static string Articles => Path.Combine(Root, "data", "articles");

    /// <summary>The knowledge files: <c>data/knowledge</c>.</summary>
    public static string Knowledge => Path.Combine(Root, "data", "knowledge");

    /// <summary>The shared evaluation folder beside the repository (<c>../shared/eval</c>); it may be absent.</summary>
    public static string SharedEval => Path.Combine(Path.GetDirectoryName(Root)!, "shared", "eval");
}
