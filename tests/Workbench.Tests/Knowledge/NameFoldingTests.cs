using Workbench.Knowledge;

namespace Workbench.Tests.KnowledgeFiles;

public class NameFoldingTests
{
    [Theory]
    [InlineData("Phan Văn Giang", "phan van giang")]
    [InlineData("Đại tướng  Phùng Quang Thanh", "dai tuong phung quang thanh")]
    [InlineData("Hoàng Xuân Chiến", "hoang xuan chien")]
    [InlineData("Tô Lâm", "to lam")]
    [InlineData("ĐỖ ĐỨC", "do duc")]
    [InlineData("Kurenkov Aleksandr", "kurenkov aleksandr")]
    public void Keys_fold_diacritics_and_the_stroked_d(string name, string key) =>
        Assert.Equal(key, NameFolding.Key(name));

    [Fact]
    public void Folding_keeps_case_and_length_so_offsets_carry_over()
    {
        const string text = "Thượng tướng Đô đốc Hà Nội";

        var folded = NameFolding.Fold(text);

        Assert.Equal(text.Length, folded.Length);
        Assert.Equal("Thuong tuong Do doc Ha Noi", folded);
    }
}
