namespace Workbench.Notebooks.Tests;

/// <summary>Finds test fixtures under the repository root (the folder holding Workbench.sln).</summary>
internal static class Fixtures
{
    public static string Root => Workbench.Testing.RepositoryRoot.Folder;

    public static string Path(string name) => System.IO.Path.Combine(Root, "tests", "Workbench.Notebooks.Tests", "Fixtures", name);
}
