using Workbench.Notebooks.Engine.Directives;

namespace Workbench.Notebooks.Tests.Engine;

public class DirectiveParserTests
{
    [Fact]
    public void Nuget_references_and_sources_are_parsed_and_blanked_keeping_line_numbers()
    {
        var parsed = DirectiveParser.Parse("#i \"nuget: ./local-feed\"\n#r \"nuget: Humanizer.Core, 3.0.10\"\n#r \"nuget:Markdig\"\nvar x = 1;");
        Assert.Equal([new PackageReferenceDirective("Humanizer.Core", "3.0.10", 2), new PackageReferenceDirective("Markdig", null, 3)], parsed.Packages);
        Assert.Equal("./local-feed", Assert.Single(parsed.Sources).Source);
        Assert.Equal("\n\n\nvar x = 1;", parsed.Code);
    }

    [Fact]
    public void Assembly_references_and_loads_stay_for_roslyn()
    {
        var parsed = DirectiveParser.Parse("#r \"lib/My.dll\"\n#load \"helpers.csx\"\nHelp();");
        Assert.Equal([new AssemblyReferenceDirective("lib/My.dll", 1), new LoadDirective("helpers.csx", 2)], parsed.Directives);
        Assert.StartsWith("#r \"lib/My.dll\"", parsed.Code, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("#!markdown\n# Tiêu đề", "markdown", "# Tiêu đề")]
    [InlineData("#!html\n<b>hi</b>", "html", "<b>hi</b>")]
    [InlineData("#!csharp\n1", "csharp", "\n1")]
    public void A_leading_kernel_selector_picks_the_kernel(string source, string kernel, string code)
    {
        var parsed = DirectiveParser.Parse(source);
        Assert.Equal((kernel, code), (parsed.Kernel, parsed.Code));
    }

    [Fact]
    public void A_malformed_nuget_reference_is_reported_with_its_line()
    {
        var parsed = DirectiveParser.Parse("var a = 1;\n#r \"nuget: \"");
        Assert.Equal(2, Assert.Single(parsed.Errors).Line);
    }
}
