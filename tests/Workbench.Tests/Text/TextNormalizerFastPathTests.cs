using System.Text;
using Workbench.Text;

namespace Workbench.Tests.TextTests;

/// <summary>The normaliser skips ICU for text whose every character is a known-safe NFC starter; these tests hold the
/// fast path to what ICU and the plain tidying rules give.</summary>
public class TextNormalizerFastPathTests
{
    [Theory]
    [InlineData("Vie\u0323\u0302t Nam", "Việt Nam")] // decomposed Vietnamese (Windows-1258 style)
    [InlineData("Vi\u00EA\u0323t Nam", "Việt Nam")] // half composed
    [InlineData("a\u2000b", "a b")] // an NFC singleton that is also a space
    [InlineData("5 \u2126", "5 \u03A9")] // OHM SIGN becomes GREEK CAPITAL OMEGA
    [InlineData("\u212Bngstr\u00F6m", "\u00C5ngstr\u00F6m")] // ANGSTROM SIGN
    [InlineData("\u1100\u1161", "\uAC00")] // Hangul jamo compose
    [InlineData("\uD83D\uDE00 ok", "\uD83D\uDE00 ok")] // a surrogate pair is left alone
    [InlineData("\uD87E\uDC00", "\u4E3D")] // a supplementary singleton (U+2F800)
    [InlineData("x\u0958y", "x\u0915\u093Cy")] // a composition exclusion decomposes
    [InlineData("Đà Nẵng", "Đà Nẵng")]
    public void Decomposed_and_singleton_characters_are_normalised(string raw, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(raw));
    }

    [Fact]
    public void No_character_the_fast_path_trusts_changes_or_combines_under_NFC()
    {
        // Starters that NFC composes with a following character, one for each kind of composition.
        string[] before = ["", "e", "a", "\u1100", "\uAC00", "\u0915", "\u0B47", "\u0DD9", "\u3046", "\u1EB9", "\u0CC6"];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            if (!TextNormalizer.IsNfcSafe(c))
            {
                continue;
            }
            foreach (var b in before)
            {
                var s = b + c;
                Assert.True(s.IsNormalized(NormalizationForm.FormC), $"U+{i:X4} after '{b}' is trusted but not NFC");
            }
        }
    }

    [Fact]
    public void Combining_marks_surrogates_and_singletons_are_not_trusted()
    {
        foreach (var c in "\u0301\u0323\u0302\u0340\u2000\u2001\u2126\u212A\u212B\u1161\u11A8\uD83D\uDE00\u09BE\u3099\uF900")
        {
            Assert.False(TextNormalizer.IsNfcSafe(c), $"U+{(int)c:X4}");
        }
    }

    [Fact]
    public void Random_text_normalises_as_NFC_then_the_tidy_rules()
    {
        const string alphabet = "ab Zệđ\n\r\t\u00A0\u200B\uFEFF\u00AD\u2000\u2126\u0301\u0323\u0302\u1100\u1161\u2028\u0085\u0090\u3000.,";
        var random = new Random(20240501);
        for (var n = 0; n < 5000; n++)
        {
            var sb = new StringBuilder();
            var length = random.Next(0, 24);
            for (var i = 0; i < length; i++)
            {
                sb.Append(random.Next(4) == 0 ? alphabet[random.Next(alphabet.Length)] : "abc eệ"[random.Next(6)]);
            }
            var raw = sb.ToString();
            Assert.Equal(Reference(raw), TextNormalizer.Normalize(raw));
        }
    }

    /// <summary>The normaliser's contract written plainly: ICU NFC, then line ends to \n, invisibles dropped, other
    /// whitespace and controls collapsed to one space, no spaces at line starts or ends.</summary>
    private static string Reference(string raw)
    {
        var nfc = raw.Normalize(NormalizationForm.FormC);
        var sb = new StringBuilder();
        var pendingSpace = false;
        var lineStart = true;
        for (var i = 0; i < nfc.Length; i++)
        {
            var c = nfc[i];
            if (c == '\r' && i + 1 < nfc.Length && nfc[i + 1] == '\n')
            {
                continue;
            }
            if (c is '\r' or '\n' or '\u2028' or '\u2029' or '\u0085')
            {
                sb.Append('\n');
                pendingSpace = false;
                lineStart = true;
            }
            else if (TextNormalizer.IsInvisible(c))
            {
            }
            else if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = !lineStart;
            }
            else
            {
                if (pendingSpace)
                {
                    sb.Append(' ');
                    pendingSpace = false;
                }
                sb.Append(c);
                lineStart = false;
            }
        }
        return sb.ToString();
    }
}
