namespace Workbench.Text;

/// <summary>Counts over text that every frame and report shares.</summary>
public static class TextStatistics
{
    /// <summary>The number of words: maximal runs of letters, marks, digits and inner apostrophes or hyphens.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The word count.</returns>
    /// <example><c>TextStatistics.CountWords("Hà Nội (VNA) – 9/11")</c> is 5.</example>
    public static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var wordChar = char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;
            if (wordChar && !inWord)
            {
                count++;
            }
            inWord = wordChar || (inWord && c is '\'' or '’' or '-');
        }
        return count;
    }
}
