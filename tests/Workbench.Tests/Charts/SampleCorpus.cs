using System.Runtime.CompilerServices;

namespace Workbench.Tests.Charts;

/// <summary>
/// The repository's own articles, loaded once for the chart tests. The repository is found by walking up to
/// <c>Workbench.sln</c> from the test binaries or, when they are built elsewhere (<c>--artifacts-path</c>), from this file.
/// </summary>
internal static class SampleCorpus
{
    public static string RepositoryRoot { get; } = FindRoot(AppContext.BaseDirectory) ?? FindRoot(SourceFolder())
        ?? throw new InvalidOperationException("Workbench.sln not found above the tests");

    private static readonly Lazy<global::Workbench.Corpus.Corpus> Loaded = new(() => global::Workbench.Corpus.Corpus.Load(Path.Combine(RepositoryRoot, "data", "articles")));

    private static readonly Lazy<global::Workbench.Tagging.AnnotatedCorpus> Tagged = new(() => global::Workbench.Tagging.Tagger.Tag(Loaded.Value));

    public static global::Workbench.Corpus.Corpus Articles => Loaded.Value;

    /// <summary>The sample articles, tagged.</summary>
    public static global::Workbench.Tagging.AnnotatedCorpus Tags => Tagged.Value;

    private static string SourceFolder([CallerFilePath] string file = "") => Path.GetDirectoryName(file) ?? "";

    private static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Workbench.sln")))
            {
                return dir.FullName;
            }
        }
        return null;
    }
}
