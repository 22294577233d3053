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

    [Theory]
    [InlineData("vi", "Đại sứ Mỹ tại Việt Nam Marc Knapper đã dự lễ.", "Marc Knapper", "US")]
    [InlineData("en", "Vietnamese Ambassador to the Philippines Lai Thai Binh attended the ceremony.", "Lai Thai Binh", "VN")]
    [InlineData("vi", "Đại sứ Australia tại Việt Nam Andrew Goledzinowski phát biểu.", "Andrew Goledzinowski", "AU")]
    public void An_ambassador_keeps_the_country_they_serve_not_the_host(string language, string text, string name, string country)
    {
        var person = Assert.Single(TaggingFixtures.Tag(text, language).People);

        Assert.Equal((name, "Ambassador", country), (person.Name, person.Position, person.Country));
    }

    [Theory]
    [InlineData("en", "Chien paid a courtesy call on Japanese Minister of Defence Nakatani Gen and visited the base.", "Nakatani Gen")]
    [InlineData("en", "Chien met Japanese Minister of Defence Nakatani Gen.", "Nakatani Gen")]
    public void A_rank_word_no_name_follows_ends_the_name(string language, string text, string name) =>
        Assert.Contains(TaggingFixtures.Tag(text, language).People, p => p.Name == name);

    [Theory]
    [InlineData("Chien met U.S. Indo-Pacific Command commander Admiral Samuel Paparo in Hanoi.", "Samuel Paparo", "US")]
    [InlineData("He also met Philippine Armed Forces chief General Romeo Brawner Jr. in Singapore.", "Romeo Brawner Jr.", "PH")]
    public void A_lower_case_role_keeps_the_body_and_its_country_in_the_title(string text, string name, string country)
    {
        var person = Assert.Single(TaggingFixtures.Tag(text).People, p => p.Name == name);

        Assert.Equal(country, person.Country);
    }

    [Theory]
    [InlineData("en", "Giang also met with Zhang Youxia, vice chairman of China's Central Military Commission, in Beijing.", "Zhang Youxia", "Vice Chairman", "CN")]
    [InlineData("en", "Giang also met with Sun Chunlan, vice chairwoman of China's Central Military Commission, in Beijing.", "Sun Chunlan", "Vice Chairman", "CN")]
    [InlineData("vi", "Đoàn đã làm việc với Nguyễn Văn Hùng, Thứ trưởng Bộ Quốc phòng, tại Hà Nội.", "Nguyễn Văn Hùng", "Deputy Minister of National Defence", "VN")]
    [InlineData("en", "Giang called on Governor-General Sam Mostyn in Canberra.", "Sam Mostyn", "Governor-General", null)]
    [InlineData("en", "Hsiao Bi-khim, vice chairwoman of Taiwan's Democratic Progressive Party, met Giang.", "Hsiao Bi-khim", "Vice Chairman", "TW")]
    public void A_name_before_a_comma_and_a_title_is_a_person(string language, string text, string name, string position, string? country)
    {
        var person = Assert.Single(TaggingFixtures.Tag(text, language).People, p => p.Name == name);

        Assert.Equal(position, person.Position);
        if (country is not null)
        {
            Assert.Equal(country, person.Country);
        }
    }

    [Fact]
    public void The_end_of_an_organisation_before_a_comma_and_a_title_is_no_person() =>
        Assert.DoesNotContain(
            TaggingFixtures.Tag("Thượng tướng Nguyễn Tân Cương, Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam, Thứ trưởng Bộ Quốc phòng đã tiếp đoàn.", "vi").People,
            p => p.Name == "Việt Nam");
}
