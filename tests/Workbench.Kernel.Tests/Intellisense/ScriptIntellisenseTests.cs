using Workbench.Notebooks.Engine.Intellisense;

namespace Workbench.Kernel.Tests.Intellisense;

public class ScriptIntellisenseTests : IDisposable
{
    private readonly ScriptWorkspace _workspace = new(ScriptReferences.With([]), ["System", "System.Linq"], null);

    private ScriptIntellisense Intellisense => new(_workspace);

    [Fact]
    public async Task Members_of_a_framework_type_are_completed()
    {
        var code = "Console.WriteL";
        var result = await Intellisense.CompleteAsync(code, code.Length, CancellationToken.None);
        Assert.Contains(result.Items, i => i.Text == "WriteLine" && i.Kind == "method");
        Assert.Equal(8, result.Start);
        Assert.Equal(code.Length, result.End);
    }

    [Theory]
    [InlineData("var thủĐô = \"Hà Nội 🌏\";", "var s = \"🇻🇳\"; thủ", "thủĐô")]
    [InlineData("var capital = \"Hanoi\";", "capi", "capital")]
    public async Task Variables_of_earlier_cells_are_completed_after_non_ASCII_text(string earlier, string code, string expected)
    {
        _workspace.AddSubmission(earlier);
        var result = await Intellisense.CompleteAsync(code, code.Length, CancellationToken.None);
        Assert.Contains(result.Items, i => i.Text == expected);
        Assert.Equal(code.Length - (code.Length - code.LastIndexOf(' ') - 1), result.Start);
    }

    [Fact]
    public async Task Quick_info_describes_the_symbol_under_the_cursor()
    {
        _workspace.AddSubmission("var thủĐô = \"Hà Nội\";");
        var code = "\"🌏\" + thủĐô";
        var info = await Intellisense.QuickInfoAsync(code, code.IndexOf("thủ", StringComparison.Ordinal) + 2, CancellationToken.None);
        Assert.NotNull(info);
        Assert.Contains("string", info);
        Assert.Contains("thủĐô", info);
    }

    [Theory]
    [InlineData("var x = 1;", true)]
    [InlineData("x + 1", true)]
    [InlineData("if (x > 0) {", false)]
    [InlineData("var s = \"\"\"\nunfinished", false)]
    public void A_cell_is_complete_when_it_closes_every_block(string code, bool complete) =>
        Assert.Equal(complete, ScriptIntellisense.IsComplete(code));

    public void Dispose()
    {
        _workspace.Dispose();
        GC.SuppressFinalize(this);
    }
}
