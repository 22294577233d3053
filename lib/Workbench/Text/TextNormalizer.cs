using System.Text;

namespace Workbench.Text;

/// <summary>
/// Tidies decoded text so that every later stage sees one form: Unicode NFC, <c>\n</c> line ends, ordinary spaces,
/// no invisible characters, no runs of spaces, no spaces at line ends. Line structure is kept.
/// </summary>
/// <remarks>Vietnamese text reaches us both precomposed and decomposed (Windows-1258 writes tone marks as combining
/// characters); NFC makes "Việt" one string however it was encoded, so patterns and names match.</remarks>
public static partial class TextNormalizer
{
    /// <summary>Normalises a whole text: NFC, line ends, whitespace; line breaks are kept.</summary>
    /// <param name="text">The decoded text.</param>
    /// <returns>The tidy text.</returns>
    /// <example><c>TextNormalizer.Normalize("Vie\u0323\u0302t\u00A0Nam \r\n")</c> is <c>"Việt Nam\n"</c>.</example>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scan = Scan(text);
        var nfc = text;
        if (scan.MayNotBeNfc && !text.IsNormalized(NormalizationForm.FormC))
        {
            nfc = text.Normalize(NormalizationForm.FormC);
            scan = Scan(nfc);
        }
        if (scan.Tidy)
        {
            return nfc;
        }
        return Tidy(nfc);
    }

    /// <summary>Whether <paramref name="c"/> is a character that occupies no space and carries no text
    /// (byte-order mark, zero-width space and joiners, direction marks, soft hyphen).</summary>
    /// <param name="c">The character.</param>
    public static bool IsInvisible(char c) =>
        c is '\uFEFF' or '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u00AD' or '\u2060';
}
