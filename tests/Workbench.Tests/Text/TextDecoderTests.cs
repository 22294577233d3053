using System.Text;
using Workbench.Text;
using Workbench.Tests.Support;

namespace Workbench.Tests.TextTests;

public class TextDecoderTests
{
    private const string Vietnamese = "Việt Nam – Hàn Quốc tăng cường hợp tác về công nghiệp quốc phòng, an ninh biển. Đại tướng Phan Văn Giang.";

    [Fact]
    public void Utf8_with_and_without_bom_decodes_the_same()
    {
        var plain = Encoding.UTF8.GetBytes(Vietnamese);
        var bom = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(plain).ToArray();
        Assert.Equal(Vietnamese, TextDecoder.Decode(plain, null, "a").Text);
        Assert.Equal(Vietnamese, TextDecoder.Decode(bom, null, "a").Text);
        Assert.Equal("utf-8", TextDecoder.Decode(bom, null, "a").EncodingName);
    }

    [Theory]
    [InlineData(false, "utf-16")]
    [InlineData(true, "utf-16BE")]
    public void Utf16_with_a_bom_decodes(bool bigEndian, string name)
    {
        var enc = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var bytes = enc.GetPreamble().Concat(enc.GetBytes(Vietnamese)).ToArray();
        var decoded = TextDecoder.Decode(bytes, null, "a");
        Assert.Equal(Vietnamese, decoded.Text);
        Assert.Equal(name, decoded.EncodingName);
        Assert.Empty(decoded.Problems);
    }

    [Fact]
    public void Windows_1258_is_detected_and_reported_as_a_guess()
    {
        var bytes = Windows1258.Encode(Vietnamese);
        var decoded = TextDecoder.Decode(bytes, null, "a");
        Assert.Equal("windows-1258", decoded.EncodingName);
        Assert.Equal(Vietnamese, TextNormalizer.Normalize(decoded.Text!));
        Assert.Equal("WB009", Assert.Single(decoded.Problems).Code);
    }

    [Fact]
    public void Windows_1252_is_guessed_for_western_text()
    {
        const string text = "Café déjà vu: the naïve señor’s “résumé” – voilà.";
        var decoded = TextDecoder.Decode(TextDecoder.GetEncoding("windows-1252").GetBytes(text), null, "a");
        Assert.Equal(text, decoded.Text);
        Assert.Equal("windows-1252", decoded.EncodingName);
        Assert.Equal("WB009", Assert.Single(decoded.Problems).Code);
    }

    [Fact]
    public void A_named_encoding_is_used_without_a_warning()
    {
        var bytes = Windows1258.Encode(Vietnamese);
        var decoded = TextDecoder.Decode(bytes, TextDecoder.GetEncoding("1258"), "a");
        Assert.Equal(Vietnamese, TextNormalizer.Normalize(decoded.Text!));
        Assert.Empty(decoded.Problems);
    }

    [Fact]
    public void Broken_utf8_is_reported_not_turned_into_mojibake()
    {
        var bytes = Encoding.UTF8.GetBytes(Vietnamese).ToList();
        bytes.Insert(10, 0xFF);
        var decoded = TextDecoder.Decode(bytes.ToArray(), null, "a");
        Assert.Null(decoded.Text);
        Assert.Equal("WB004", Assert.Single(decoded.Problems).Code);
    }

    [Fact]
    public void Bytes_a_named_encoding_does_not_define_are_reported()
    {
        // Encoding.UTF8 replaces bad bytes with U+FFFD; the decoder makes any named encoding strict.
        var decoded = TextDecoder.Decode([0x61, 0x62, 0xFF, 0x63], Encoding.UTF8, "a");
        Assert.Null(decoded.Text);
        Assert.Equal("WB004", Assert.Single(decoded.Problems).Code);
    }

    [Fact]
    public void Empty_and_binary_bytes_have_no_text()
    {
        Assert.Equal("WB002", Assert.Single(TextDecoder.Decode([], null, "a").Problems).Code);
        Assert.Equal("WB003", Assert.Single(TextDecoder.Decode([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01], null, "a").Problems).Code);
    }
}
