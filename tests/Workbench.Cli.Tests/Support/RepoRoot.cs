namespace Workbench.Cli.Tests.Support;

/// <summary>The repository the tests run from, found by walking up to <c>Workbench.sln</c>.</summary>
internal static class RepoRoot
{
    private static readonly Lazy<string> s_folder = new(() =>
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

    public static string Folder => s_folder.Value;

    public static string Articles => Path.Combine(Folder, "data", "articles");
}
