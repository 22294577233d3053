namespace Workbench.Tests.Tags;

/// <summary>Names written with hyphens, initials and suffixes stay whole.</summary>
public class NameFormTests
{
    [Theory]
    [InlineData("en", "Korean Minister of National Defense Kim Yong-hyun received the delegation.", "Kim Yong-hyun")]
    [InlineData("vi", "Bộ trưởng Quốc phòng Lào Đại tướng Chansamone Chanyalath tiếp Thượng tướng Xổm-xỉ Xay-nha-vông.", "Xổm-xỉ Xay-nha-vông")]
    [InlineData("en", "French Ambassador Jean-Pierre Lacroix visited the unit.", "Jean-Pierre Lacroix")]
    [InlineData("en", "U.S. Chairman of the Joint Chiefs of Staff Gen. Charles Q. Brown met the minister.", "Charles Q. Brown")]
    [InlineData("en", "Philippine Armed Forces Chief of Staff Gen. Romeo Brawner Jr. attended the meeting.", "Romeo Brawner Jr.")]
    public void A_name_keeps_its_hyphens_initials_and_suffixes(string language, string text, string name) =>
        Assert.Contains(TaggingFixtures.Tag(text, language).People, p => p.Name == name);

    [Fact]
    public void A_dash_between_spaces_ends_a_name() =>
        Assert.Contains(TaggingFixtures.Tag("Gen. Tran Van Son - the minister - spoke.").People, p => p.Name == "Tran Van Son");
}
