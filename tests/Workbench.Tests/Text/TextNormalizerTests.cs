using Workbench.Text;

namespace Workbench.Tests.TextTests;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("Vie\u0323\u0302t Nam", "Việt Nam")]
    [InlineData("a\u00A0 b\t c  ", "a b c")]
    [InlineData("x\r\ny\rz", "x\ny\nz")]
    [InlineData("\uFEFFzero\u200Bwidth", "zerowidth")]
    [InlineData("  indented\n\n  next ", "indented\n\nnext")]
    [InlineData("a\u0085b\u0090c \n", "a\nb c\n")]
    public void Normalises_to_NFC_with_tidy_whitespace_and_kept_lines(string raw, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(raw));
    }

    [Fact]
    public void Tidy_text_comes_back_as_is_and_normalising_twice_changes_nothing()
    {
        const string tidy = "Việt Nam\n\nHà Nội (VNA) – text.";
        Assert.Same(tidy, TextNormalizer.Normalize(tidy));
        foreach (var file in Directory.GetFiles(Workbench.Tests.Support.RepoPaths.Articles))
        {
            var once = TextNormalizer.Normalize(File.ReadAllText(file));
            Assert.Equal(once, TextNormalizer.Normalize(once));
            Assert.DoesNotContain("  ", once, StringComparison.Ordinal);
            Assert.DoesNotContain('\u00A0', once);
        }
    }

    [Theory]
    [InlineData("Đại tướng Phan Văn Giang tiếp Thứ trưởng Quốc phòng Hàn Quốc", "vi")]
    [InlineData("Minister Phan Van Giang received the Russian minister in Hanoi", "en")]
    [InlineData("Gen. Phan Văn Giang received the Russian minister in Hanoi on November 9", "en")]
    public void Guesses_English_or_Vietnamese(string text, string language)
    {
        Assert.Equal(language, LanguageGuesser.Guess(text));
    }

    [Theory]
    [InlineData("Hà Nội (VNA) – 9/11", 5)]
    [InlineData("two-way ties’ future", 3)]
    [InlineData("", 0)]
    public void Counts_words(string text, int words)
    {
        Assert.Equal(words, TextStatistics.CountWords(text));
    }
}
