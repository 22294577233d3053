using Workbench.Diagnostics;
using Workbench.Knowledge;
using Workbench.Tests.Tags;

namespace Workbench.Tests.KnowledgeFiles;

public class KnowledgeFilesTests
{
    [Fact]
    public void Every_knowledge_file_loads_without_duplicate_ids_or_unknown_labels()
    {
        var knowledge = KnowledgeBase.Load(Path.Combine(TaggingFixtures.Root, "data", "knowledge"));

        Assert.Empty(knowledge.Diagnostics);
        Assert.True(knowledge.AliasCount > 300);
        Assert.Contains("search and rescue", knowledge.Topics);
    }

    [Fact]
    public void The_built_in_knowledge_is_the_repository_folder()
    {
        var folder = KnowledgeBase.Load(Path.Combine(TaggingFixtures.Root, "data", "knowledge"));

        Assert.Equal(folder.AliasCount, KnowledgeBase.BuiltIn.AliasCount);
        Assert.Empty(KnowledgeBase.BuiltIn.Diagnostics);
    }

    [Fact]
    public void Every_lang_cell_names_a_language_of_the_corpus()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(TaggingFixtures.Root, "data", "knowledge"), "*.tsv"))
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
        var dir = Directory.CreateTempSubdirectory("wb-knowledge-");
        try
        {
            foreach (var f in Directory.GetFiles(Path.Combine(TaggingFixtures.Root, "data", "knowledge"), "*.tsv"))
            {
                File.Copy(f, Path.Combine(dir.FullName, Path.GetFileName(f)));
            }
            File.AppendAllText(Path.Combine(dir.FullName, "ranks.tsv"), "general\ten\tGen.\tyes\n");
            File.AppendAllText(Path.Combine(dir.FullName, "event-triggers.tsv"), "parade\ten\tmarched\n");
            File.AppendAllText(Path.Combine(dir.FullName, "topic-patterns.tsv"), "space travel\ten\trocket\n");
            File.AppendAllText(Path.Combine(dir.FullName, "places.tsv"), "atlantis\ten\tAtlantis\tXX\tyes\n");
            File.Delete(Path.Combine(dir.FullName, "descriptions.tsv"));

            var codes = KnowledgeBase.Load(dir.FullName).Diagnostics.Select(d => d.Code).ToArray();

            Assert.Contains(DiagnosticCatalog.DuplicateKnowledge.Code, codes);
            Assert.Equal(3, codes.Count(c => c == DiagnosticCatalog.UnknownLabel.Code));
            Assert.Contains(DiagnosticCatalog.KnowledgeFileMissing.Code, codes);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
