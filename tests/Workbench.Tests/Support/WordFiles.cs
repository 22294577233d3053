using Workbench.Knowledge;
using Workbench.Tagging.Matching;

namespace Workbench.Tests.Support;

/// <summary>Checks shared by the knowledge files of words by kind (<c>kind</c>, <c>lang</c>, <c>word</c>): title-words.tsv
/// and dates-words.tsv; and whether a row of any knowledge file is what finds something.</summary>
internal static class WordFiles
{
    /// <summary>Asserts that <paramref name="file"/> has the three columns, that every row's kind is one of
    /// <paramref name="kinds"/>, every kind has a row, and every word is one token.</summary>
    public static void AssertEveryWordIsOneTokenOfAKnownKind(string file, IReadOnlyList<string> kinds)
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Knowledge, file)).Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();

        Assert.Equal("kind\tlang\tword", lines[0]);
        Assert.All(kinds, kind => Assert.Contains(lines, l => l.StartsWith(kind + "\t", StringComparison.Ordinal)));
        foreach (var cells in lines.Skip(1).Select(l => l.Split('\t')))
        {
            Assert.Equal(3, cells.Length);
            Assert.Contains(cells[0], kinds);
            using var tokens = Tokenizer.Tokenize(cells[2]);
            Assert.True(tokens.Span is [{ Start: 0 } token] && token.End == cells[2].Length, $"'{cells[2]}' is not one token");
        }
    }

    /// <summary>The codes of the problems loading the knowledge reports when <paramref name="rows"/> are added to
    /// <paramref name="file"/>.</summary>
    public static IEnumerable<string> ProblemsWith(string file, string rows)
    {
        using var knowledge = KnowledgeCopy.With(file, rows);
        return [.. KnowledgeBase.Load(knowledge.Path).Diagnostics.Select(d => d.Code)];
    }

    /// <summary>Asserts that <paramref name="found"/> reads <paramref name="expected"/> with the built-in knowledge and
    /// nothing with a copy of it that lacks <paramref name="row"/> of <paramref name="file"/>: the row is what finds it.</summary>
    public static void AssertFoundOnlyWithRow(string file, string row, Func<KnowledgeBase, string> found, string expected)
    {
        using var knowledge = KnowledgeCopy.Without(file, row);

        Assert.Equal(expected, found(KnowledgeBase.BuiltIn));
        Assert.Equal("", found(KnowledgeBase.Load(knowledge.Path)));
    }
}
