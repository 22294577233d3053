using Workbench.Diagnostics;

namespace Workbench.Tests.CorpusTests;

public class DiagnosticCatalogTests
{
    [Fact]
    public void Codes_are_unique_and_well_formed()
    {
        var codes = DiagnosticCatalog.All.Select(d => d.Code).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^WB[0-9]{3}$", c));
        Assert.Contains("WB001", codes);
        Assert.Contains("WB019", codes);
    }

    [Fact]
    public void A_diagnostic_names_its_place()
    {
        var d = DiagnosticCatalog.MalformedJsonLine.Create("a.jsonl", 3, "oops");
        Assert.Equal("a.jsonl:3", d.Location);
        Assert.StartsWith("a.jsonl:3: WB006 error:", d.ToString(), StringComparison.Ordinal);
    }
}
