using Workbench.Cleaning;
using Workbench.Text;

namespace Workbench.Tests.TextTests;

public class SentenceSplitterTests
{
    private static readonly SentenceSplitter s_splitter = CleaningKnowledge.BuiltIn.Splitter;

    private static string[] Split(string text) => s_splitter.Split(text).Select(s => s.Of(text)).ToArray();

    [Theory]
    [InlineData("Minister Gen. Phan Van Giang received Sen. Lt. Gen. Kurenkov in Hanoi. They talked.", 2)]
    [InlineData("Sen. Lieut. Gen Phung Si Tan attended. Maj. Gen. Tran spoke too.", 2)]
    [InlineData("Dr. Nguyen met J. R. Smith in the U.S. capital. Both agreed.", 2)]
    [InlineData("Ngày 12-5, tại TP. Hồ Chí Minh, Thượng tướng Hoàng Xuân Chiến làm việc. Hai bên nhất trí.", 2)]
    [InlineData("Nguyên Bộ trưởng vừa từ trần./. Tin khác.", 2)]
    [InlineData("Hợp tác kinh tế, thương mại và đầu tư... góp phần phát triển.", 1)]
    [InlineData("“Vietnam will be with you.” He said so. Really?", 3)]
    [InlineData("Growth was 3.5 per cent in 2023. It rose.", 2)]
    [InlineData("ThS. Nguyễn Văn A và PGS.TS. Trần B dự họp. Xong.", 2)]
    public void Splits_at_sentence_ends_but_not_after_abbreviations(string text, int count)
    {
        Assert.Equal(count, Split(text).Length);
    }

    [Fact]
    public void The_end_marker_stays_with_its_sentence()
    {
        Assert.Equal(["Nguyên Bộ trưởng vừa từ trần./.", "Tin khác."], Split("Nguyên Bộ trưởng vừa từ trần./. Tin khác."));
    }

    [Fact]
    public void A_line_break_ends_a_sentence_and_spans_are_trimmed()
    {
        var text = "  First line without stop\nSecond line.  ";
        Assert.Equal(["First line without stop", "Second line."], Split(text));
    }

    [Fact]
    public void Abbreviations_come_from_the_data_file()
    {
        Assert.Contains("Lieut", s_splitter.Abbreviations);
        Assert.Contains("TP", s_splitter.Abbreviations);
        var custom = new SentenceSplitter(["Xyz"]);
        Assert.Single(custom.Split("Xyz. Abc went home."));
        Assert.Equal(2, custom.Split("Gen. Abc went home.").Count);
    }

    [Fact]
    public void Splitting_a_range_gives_offsets_into_the_whole_text()
    {
        var text = "Head.\n\nOne. Two.";
        var spans = new List<TextSpan>();
        s_splitter.Split(text, new TextSpan(7, text.Length), spans);
        Assert.Equal([new TextSpan(7, 11), new TextSpan(12, 16)], spans);
    }
}
