namespace Workbench.Cli.Tests.Support;

/// <summary>The repository the tests run from, found by walking up to <c>Workbench.sln</c>.</summary>
internal static class RepoRoot
{
    public static string Folder => Workbench.Testing.RepositoryRoot.Folder;

    public static string Articles => Path.Combine(Folder, "data", "articles");

    public static string Knowledge => Path.Combine(Folder, "data", "knowledge");

    /// <summary>The gold annotation of the seed articles, in the schema <c>workbench eval</c> reads.</summary>
    public static string Gold => Path.Combine(Folder, "tests", "Workbench.Tests", "Eval", "seeds-gold.jsonl");
}
