using System.Buffers;
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
        var tidy = Normalize(text.AsMemory(), out var rented);
        if (rented is null)
        {
            // The text itself or its NFC form: a whole string, which ToString returns without copying.
            return tidy.ToString();
        }
        try
        {
            return new string(tidy.Span);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>Normalises like <see cref="Normalize(string)"/> a text the caller holds in memory of its own (a pooled
    /// decoding buffer), tidying into a pooled buffer instead of a new string: the cleaner only reads the normalised text,
    /// so the copy would be garbage. A text that is already normal is returned as it is, so it must outlive the result.</summary>
    /// <param name="text">The decoded text.</param>
    /// <param name="rented">The pooled array the result lives in, for the caller to return, or <see langword="null"/>
    /// when the result is <paramref name="text"/> or a new string.</param>
    internal static ReadOnlyMemory<char> Normalize(ReadOnlyMemory<char> text, out char[]? rented)
    {
        rented = null;
        var scan = Scan(text.Span);
        if (scan.MayNotBeNfc && !text.Span.IsNormalized(NormalizationForm.FormC))
        {
            var nfc = text.ToString().Normalize(NormalizationForm.FormC);
            text = nfc.AsMemory();
            scan = Scan(nfc);
        }
        if (scan.Tidy)
        {
            return text;
        }
        rented = TidyInto(text.Span, out var length);
        return rented.AsMemory(0, length);
    }

    /// <summary>Whether <paramref name="c"/> is a character that occupies no space and carries no text
    /// (byte-order mark, zero-width space and joiners, direction marks, soft hyphen).</summary>
    /// <param name="c">The character.</param>
    public static bool IsInvisible(char c) =>
        c is '\uFEFF' or '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u00AD' or '\u2060';
}
