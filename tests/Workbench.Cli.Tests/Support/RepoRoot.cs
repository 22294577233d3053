namespace Workbench.Cli.Tests.Support;

/// <summary>The repository the tests run from, found by walking up to <c>Workbench.sln</c>.</summary>
internal static class RepoRoot
{
    public static string Folder => Workbench.Testing.RepositoryRoot.Folder;

    public static string Articles => Path.Combine(Folder, "data", "articles");
}
