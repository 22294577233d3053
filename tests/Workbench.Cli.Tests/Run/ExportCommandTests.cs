using System.Text.RegularExpressions;
using Workbench.Testing;

namespace Workbench.Cli.Tests.Run;

public class ExportCommandTests
{
    [Fact]
    public async Task An_executed_notebook_exports_to_one_standalone_page()
    {
        using var temp = new TempFolder();
        var nb = temp.Write("e.dib", Cli.Dib("#!markdown\n\n# Tiêu đề **đậm**", "Console.WriteLine(\"<hello>\");\n42"));
        Assert.Equal(0, (await Cli.RunAsync("run", nb, "-o", temp["out"])).Code);
        var (code, output) = await Cli.RunAsync("export", temp["out/e.ipynb"], "--html", temp["e.html"]);
        Assert.True(code == 0, output);
        var html = File.ReadAllText(temp["e.html"]);
        Assert.Contains("<h1 id=\"tieu-e-am\">Tiêu đề <strong>đậm</strong></h1>", Regex.Replace(html, "id=\"[^\"]*\"", "id=\"tieu-e-am\""), StringComparison.Ordinal);
        Assert.Contains("&lt;hello&gt;", html, StringComparison.Ordinal);
        Assert.Contains("Console.WriteLine", html, StringComparison.Ordinal);
        Assert.DoesNotContain("var define = undefined", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_notebook_is_a_non_zero_exit()
    {
        using var temp = new TempFolder();
        Assert.Equal(1, (await Cli.RunAsync("export", temp["nope.ipynb"], "--html", temp["x.html"])).Code);
    }
}
