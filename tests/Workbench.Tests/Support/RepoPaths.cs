namespace Workbench.Tests.Support;

/// <summary>Paths in the repository the tests run from, found by walking up to <c>Workbench.sln</c>.</summary>
public static class RepoPaths
{
    /// <summary>The repository root (the folder of <c>Workbench.sln</c>).</summary>
    public static string Root => Workbench.Testing.RepositoryRoot.Folder;

    /// <summary>The seed articles: <c>data/articles</c>.</summary>
    public static string Articles => Path.Combine(Root, "data", "articles");

    /// <summary>The knowledge files: <c>data/knowledge</c>.</summary>
    public static string Knowledge => Path.Combine(Root, "data", "knowledge");

    /// <summary>The shared evaluation folder beside the repository (<c>../shared/eval</c>); it may be absent.</summary>
    public static string SharedEval => Path.Combine(Path.GetDirectoryName(Root)!, "shared", "eval");
}
