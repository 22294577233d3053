using Microsoft.DotNet.Interactive.Formatting;

namespace Workbench.Tests.Tags;

public class DisplayTests
{
    [Fact]
    public void A_tagged_article_renders_its_entities_as_marks_with_the_canonical_id()
    {
        var html = TaggingFixtures.Tag("Đại tướng Phan Văn Giang tiếp đoàn <Nga> tại Hà Nội.", "vi").ToHtml();

        Assert.Contains("title=\"person:phan-van-giang\"", html, StringComparison.Ordinal);
        Assert.Contains(">Phan Văn Giang<", html, StringComparison.Ordinal);
        Assert.Contains("title=\"place:hanoi\"", html, StringComparison.Ordinal);
        Assert.Contains("&lt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<Nga>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Registering_twice_is_harmless_and_notebooks_get_the_highlighted_html()
    {
        var document = TaggingFixtures.Tag("Prime Minister Pham Minh Chinh spoke in Hanoi.");

        Display.Register();
        Display.Register();

        Assert.Equal(document.ToHtml(), Formatter.ToDisplayString(document, "text/html"));
    }
}
