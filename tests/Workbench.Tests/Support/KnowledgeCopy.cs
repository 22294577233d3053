using Workbench.Testing;

namespace Workbench.Tests.Support;

/// <summary>A copy of the repository's tagger knowledge (every <c>.tsv</c> of <c>data/knowledge</c>) in a temporary
/// folder, with one file changed: for tests that show a row of data changes what is tagged.</summary>
internal static class KnowledgeCopy
{
    /// <summary>The copy with <paramref name="rows"/> (lines ending in <c>\n</c>) added to the end of <paramref name="file"/>.</summary>
    public static TempFolder With(string file, string rows) => Copy(file, lines => [.. lines, .. rows.Split('\n', StringSplitOptions.RemoveEmptyEntries)]);

    /// <summary>The copy with the line <paramref name="row"/> taken out of <paramref name="file"/> (which must hold it).</summary>
    public static TempFolder Without(string file, string row)
    {
        var folder = Copy(file, lines => [.. lines.Where(l => l != row)]);
        Assert.NotEqual(File.ReadAllLines(Path.Combine(RepoPaths.Knowledge, file)).Length, File.ReadAllLines(Path.Combine(folder.Path, file)).Length);
        return folder;
    }

    private static TempFolder Copy(string file, Func<string[], string[]> edit)
    {
        var folder = new TempFolder().CopyFrom(RepoPaths.Knowledge, "*.tsv");
        var changed = Path.Combine(folder.Path, file);
        File.WriteAllLines(changed, edit(File.ReadAllLines(changed)));
        return folder;
    }
}
