using Workbench.Diagnostics;
using Workbench.Knowledge;
using Workbench.Testing;
using Workbench.Tests.Support;

namespace Workbench.Tests.KnowledgeFiles;

public class KnowledgeFilesTests
{
    [Fact]
    public void Every_knowledge_file_loads_without_duplicate_ids_or_unknown_labels()
    {
        var knowledge = KnowledgeBase.Load(RepoPaths.Knowledge);

        Assert.Empty(knowledge.Diagnostics);
        Assert.True(knowledge.AliasCount > 300);
        Assert.Contains("search and rescue", knowledge.Topics);
    }

    [Fact]
    public void The_built_in_knowledge_is_the_repository_folder()
    {
        var folder = KnowledgeBase.Load(RepoPaths.Knowledge);

        Assert.Equal(folder.AliasCount, KnowledgeBase.BuiltIn.AliasCount);
        Assert.Empty(KnowledgeBase.BuiltIn.Diagnostics);
    }

    [Fact]
    public void Every_lang_cell_names_a_language_of_the_corpus()
    {
        foreach (var file in Directory.GetFiles(RepoPaths.Knowledge, "*.tsv"))
        {
            var rows = File.ReadAllLines(file).Where(l => l.Trim().Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')).ToArray();
            var lang = Array.IndexOf(rows[0], "lang");
            foreach (var cells in lang < 0 ? [] : rows.Skip(1))
            {
                Assert.True(cells.Length > lang && cells[lang] is "en" or "vi", $"{Path.GetFileName(file)}: '{string.Join('\t', cells)}'");
            }
        }
    }

    [Fact]
    public void Duplicate_aliases_unknown_labels_and_missing_files_are_reported_by_code()
    {
        using var dir = new TempFolder().CopyFrom(RepoPaths.Knowledge, "*.tsv");
        File.AppendAllText(dir["ranks.tsv"], "general\ten\tGen.\tyes\n");
        File.AppendAllText(dir["event-triggers.tsv"], "parade\ten\tmarched\n");
        File.AppendAllText(dir["topic-patterns.tsv"], "space travel\ten\trocket\n");
        File.AppendAllText(dir["places.tsv"], "atlantis\ten\tAtlantis\tXX\tyes\n");
        File.Delete(dir["descriptions.tsv"]);

        var diagnostics = KnowledgeBase.Load(dir.Path).Diagnostics;
        var codes = diagnostics.Select(d => d.Code).ToArray();

        Assert.Contains(DiagnosticCatalog.DuplicateKnowledge.Code, codes);
        Assert.Equal(3, codes.Count(c => c == DiagnosticCatalog.UnknownLabel.Code));
        Assert.Contains(DiagnosticCatalog.KnowledgeFileMissing.Code, codes);
        // The unknown country is reported at the place row that names it, as the other rows are.
        var atlantis = Assert.Single(diagnostics, d => d.Message.Contains("'XX'", StringComparison.Ordinal));
        Assert.Equal((dir["places.tsv"], File.ReadAllLines(dir["places.tsv"]).Length), (atlantis.File, atlantis.Line));
    }

    // Every file reports a row it already has: a repeat is a mistake worth seeing, whichever file it is in.
    [Theory]
    [InlineData("topics.tsv", "training\n", "training")]
    [InlineData("names.tsv", "country\tVN\t*\tViệt Nam\n", "country:VN")]
    [InlineData("name-parts.tsv", "surname\ten\tNguyen\tVN\n", "Nguyen")]
    public void A_repeated_topic_name_or_surname_is_reported_at_its_line(string file, string row, string repeated)
    {
        using var knowledge = KnowledgeCopy.With(file, row);

        var problem = Assert.Single(KnowledgeBase.Load(knowledge.Path).Diagnostics);
        Assert.Equal((DiagnosticCatalog.DuplicateKnowledge.Code, knowledge[file], File.ReadAllLines(knowledge[file]).Length),
            (problem.Code, problem.File, problem.Line));
        Assert.Contains(repeated, problem.Message, StringComparison.Ordinal);
    }
}
