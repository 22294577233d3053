namespace Workbench.Text;

/// <summary>
/// A half-open range of UTF-16 code units in a text: <see cref="Start"/> is the first character,
/// <see cref="End"/> is one past the last (spaCy's rule), so <c>text[span.Start..span.End]</c> is the span's text.
/// </summary>
/// <remarks>Character offsets are the contract between every stage: the cleaner, the segmenter and the taggers all
/// speak in spans over the same clean body, so annotations can be layered and compared without copying text.</remarks>
/// <param name="Start">The offset of the first character.</param>
/// <param name="End">The offset one past the last character.</param>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>The number of characters the span covers.</summary>
    public int Length => End - Start;

    /// <summary>Whether this span and <paramref name="other"/> share at least one character.</summary>
    /// <param name="other">The span to compare with.</param>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>Whether <paramref name="other"/> lies wholly inside this span.</summary>
    /// <param name="other">The span that may be contained.</param>
    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;

    /// <summary>The text this span covers in <paramref name="text"/>.</summary>
    /// <param name="text">The text the offsets refer to.</param>
    /// <example><c>new TextSpan(0, 5).Of("Hanoi (VNA)")</c> is <c>"Hanoi"</c>.</example>
    public string Of(string text) => text[Start..End];

    /// <summary>This span without the white space at its ends in <paramref name="text"/>.</summary>
    /// <param name="text">The text the offsets refer to.</param>
    /// <example><c>new TextSpan(0, 8).Trimmed("  Hanoi  ")</c> covers <c>"Hanoi"</c>.</example>
    public TextSpan Trimmed(string text)
    {
        var (start, end) = (Start, End);
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return new TextSpan(start, end);
    }
}
