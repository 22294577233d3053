using Workbench.Diagnostics;
using Workbench.Knowledge;
using Workbench.Tagging;
using Workbench.Tests.Support;
using Workbench.Tests.Tags;

namespace Workbench.Tests.KnowledgeFiles;

/// <summary>What a name's parts tell (name-parts.tsv) is data: which countries write names surname first decides which
/// word a short reference uses.</summary>
public class NamePartsTests
{
    private const string PartsFile = "name-parts.tsv";

    [Fact]
    public void A_country_that_writes_names_surname_first_is_referred_to_by_the_first_word() =>
        WordFiles.AssertFoundOnlyWithRow(PartsFile, "name-order\ten\tsurname-first\tKR",
            knowledge => ShortReferences("South Korean Vice Defence Minister Park Jae Min met Gen. Tran Van Son.\nPark thanked the host.", knowledge),
            "Park = Park Jae Min");

    [Theory]
    [InlineData("given-name\ten\tJae\tKR\n", false)]
    [InlineData("name-order\ten\tgiven-first\tKR\n", true)]
    [InlineData("name-order\ten\tsurname-first\tKOR\n", false)]
    public void An_unknown_kind_or_country_or_an_invalid_order_is_reported_by_code(string row, bool invalidValue)
    {
        using var knowledge = KnowledgeCopy.With(PartsFile, row);

        var code = invalidValue ? DiagnosticCatalog.InvalidKnowledgeValue.Code : DiagnosticCatalog.UnknownLabel.Code;
        Assert.Equal([code], KnowledgeBase.Load(knowledge.Path).Diagnostics.Select(d => d.Code));
    }

    private static string ShortReferences(string text, KnowledgeBase knowledge)
    {
        var document = TaggingFixtures.Tag(text, knowledge: knowledge);
        return string.Join("; ", document.SpansOf(KnowledgeLabels.Person).Where(s => s.Rule == "short-ref")
            .Select(s => $"{s.Of(text)} = {document.People.Single(p => p.Id == s.Id).Name}"));
    }
}
