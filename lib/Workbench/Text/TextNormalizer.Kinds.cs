using System.Globalization;
using System.Text;

namespace Workbench.Text;

public static partial class TextNormalizer
{
    /// <summary>What <see cref="Normalize(string)"/> needs to know about one UTF-16 code unit, as bit flags.</summary>
    [Flags]
    private enum Kind : byte
    {
        /// <summary>An ordinary character: copied as it is, and cannot make a text non-NFC.</summary>
        Plain = 0,

        /// <summary>The character may take part in a change NFC makes (see <see cref="BuildKinds"/>).</summary>
        NfcRisk = 1,

        /// <summary>A character the tidying pass changes: a control, an odd space or line end, an invisible.</summary>
        Untidy = 2,

        /// <summary>The ordinary space, untidy only next to another space or a line end.</summary>
        Space = 4,

        /// <summary>The line feed, untidy only after a space.</summary>
        LineFeed = 8,

        /// <summary>Every character the tidying pass looks at rather than copying.</summary>
        Special = Untidy | Space | LineFeed,
    }

    // One byte per UTF-16 code unit (64 KB): a table lookup per character is the whole per-character cost of a scan.
    private static readonly Kind[] s_kinds = BuildKinds();

    /// <summary>
    /// Classifies every code unit. A code unit is <see cref="Kind.NfcRisk"/> unless it is known to be an NFC starter that
    /// nothing composes with: assigned, not a surrogate, not a combining mark (every character with a non-zero
    /// canonical combining class is one, and so is nearly every character NFC may compose with a preceding one), not a
    /// Hangul jamo (the vowels and trailing consonants compose with the syllable before them), and unchanged by NFC on
    /// its own (which rules out singletons like U+2000 and U+2126 and the composition exclusions). A text made only of
    /// such characters is NFC by the Unicode quick-check rule (every character NFC_QC=Yes with combining class 0), so
    /// only a text holding at least one risky code unit needs ICU's full check.
    /// </summary>
    private static Kind[] BuildKinds()
    {
        var kinds = new Kind[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            var kind = c switch
            {
                ' ' => Kind.Space,
                '\n' => Kind.LineFeed,
                _ when char.IsWhiteSpace(c) || char.IsControl(c) || IsInvisible(c) => Kind.Untidy,
                _ => Kind.Plain,
            };
            if (c >= '\u0080' && MayNotBeNfc(c))
            {
                kind |= Kind.NfcRisk;
            }
            kinds[i] = kind;
        }
        return kinds;
    }

    /// <summary>Whether the fast path treats <paramref name="c"/> as a character NFC can never change (for tests).</summary>
    internal static bool IsNfcSafe(char c) => (s_kinds[c] & Kind.NfcRisk) == 0;

    private static bool MayNotBeNfc(char c)
    {
        if (char.IsSurrogate(c) || c is >= '\u1100' and <= '\u11FF' or >= '\uA960' and <= '\uA97F' or >= '\uD7B0' and <= '\uD7FF')
        {
            return true;
        }
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.OtherNotAssigned)
        {
            return true;
        }
        return !c.ToString().IsNormalized(NormalizationForm.FormC);
    }

    /// <summary>What one pass over a text found: whether ICU must decide NFC, and whether the text is already tidy.</summary>
    private readonly record struct ScanResult(bool MayNotBeNfc, bool Tidy);

    /// <summary>One pass that answers both questions. Tidy means: no untidy
    /// character, no two spaces in a row, no space before or after a line feed, none at the start or the end.</summary>
    private static ScanResult Scan(ReadOnlySpan<char> text)
    {
        var kinds = s_kinds;
        var risk = false;
        var tidy = true;
        var previous = Kind.LineFeed; // a leading space is untidy, as after a line feed
        foreach (var c in text)
        {
            var k = kinds[c];
            if (k == Kind.Plain)
            {
                previous = Kind.Plain;
                continue;
            }
            risk |= (k & Kind.NfcRisk) != 0;
            if ((k & Kind.Untidy) != 0
                || ((k & Kind.Space) != 0 && (previous & (Kind.Space | Kind.LineFeed)) != 0)
                || ((k & Kind.LineFeed) != 0 && previous == Kind.Space))
            {
                tidy = false;
                if (risk)
                {
                    break; // nothing more to learn
                }
            }
            previous = k & (Kind.Space | Kind.LineFeed);
        }
        if (previous == Kind.Space)
        {
            tidy = false; // a trailing space
        }
        return new ScanResult(risk, tidy);
    }
}
