using Workbench.Text;

namespace Workbench.Tests.TextTests;

public class TextSpanTests
{
    [Theory]
    [InlineData("  Hanoi  ", 0, 9, "Hanoi")]
    [InlineData("a\n Hà Nội\t", 1, 10, "Hà Nội")]
    [InlineData("   ", 0, 3, "")]
    [InlineData("Hanoi", 1, 4, "ano")]
    public void A_trimmed_span_leaves_out_the_white_space_at_its_ends_and_stays_inside_itself(string text, int start, int end, string covered)
    {
        var trimmed = new TextSpan(start, end).Trimmed(text);

        Assert.Equal(covered, trimmed.Of(text));
        Assert.True(new TextSpan(start, end).Contains(trimmed));
    }
}
