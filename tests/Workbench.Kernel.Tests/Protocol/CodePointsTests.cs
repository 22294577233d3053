using Workbench.Kernel.Protocol;

namespace Workbench.Kernel.Tests.Protocol;

public class CodePointsTests
{
    [Theory]
    [InlineData("hello", 3, 3)]
    [InlineData("Xin chào Việt Nam", 13, 13)]
    [InlineData("a🌏b", 2, 3)]
    [InlineData("🇻🇳 cờ", 3, 5)]
    [InlineData("short", 99, 5)]
    public void Code_points_convert_to_UTF16_units_and_back(string text, int codePoints, int units)
    {
        Assert.Equal(units, CodePoints.ToUtf16(text, codePoints));
        Assert.Equal(Math.Min(codePoints, text.EnumerateRunes().Count()), CodePoints.FromUtf16(text, units));
    }
}
