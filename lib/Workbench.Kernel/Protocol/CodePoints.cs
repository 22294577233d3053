namespace Workbench.Kernel.Protocol;

/// <summary>
/// Jupyter cursor positions count Unicode code points; .NET strings count UTF-16 units. An emoji is one code point and two
/// units. Both conversions clamp to the text.
/// </summary>
internal static class CodePoints
{
    public static int ToUtf16(string text, int codePoints)
    {
        ArgumentNullException.ThrowIfNull(text);
        var units = 0;
        for (var seen = 0; seen < codePoints && units < text.Length; seen++)
        {
            units += char.IsHighSurrogate(text[units]) && units + 1 < text.Length && char.IsLowSurrogate(text[units + 1]) ? 2 : 1;
        }
        return units;
    }

    public static int FromUtf16(string text, int units)
    {
        ArgumentNullException.ThrowIfNull(text);
        var end = Math.Clamp(units, 0, text.Length);
        var count = 0;
        for (var i = 0; i < end; i++)
        {
            if (!(char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1])))
            {
                count++;
            }
        }
        return count;
    }
}
