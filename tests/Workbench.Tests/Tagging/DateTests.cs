using Workbench.Tagging;

namespace Workbench.Tests.Tags;

public class DateTests
{
    [Theory]
    [InlineData("en", "They met in Hanoi on November 9.", null, "--11-09")]
    [InlineData("en", "They met in Hanoi on November 9.", "2023-11-10", "2023-11-09")]
    [InlineData("en", "They met on 6 July 2021.", null, "2021-07-06")]
    [InlineData("en", "They met on Thursday.", "2023-07-07", "2023-07-06")]
    [InlineData("en", "They met on December 28.", "2024-01-03", "2023-12-28")]
    [InlineData("vi", "Ngày 12-5, hai bên làm việc.", null, "--05-12")]
    [InlineData("vi", "Chiều 16/9, hai bên hội đàm.", "2021-09-17", "2021-09-16")]
    [InlineData("vi", "Ngày 24/4/2024, hai bên ký kết.", null, "2024-04-24")]
    [InlineData("vi", "Ngày 12/5-14/5, hai bên làm việc.", null, "--05-12")]
    [InlineData("vi", "Chiều thứ Năm, hai bên hội đàm.", "2023-07-07", "2023-07-06")]
    [InlineData("vi", "Hai bên đã ký kết vào Chủ nhật tại Hà Nội.", "2023-07-07", "2023-07-02")]
    public void Dates_resolve_against_the_published_date_and_stay_partial_without_one(string language, string text, string? published, string iso)
    {
        var document = TaggingFixtures.Tag(text, language, published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal("date:" + iso, Assert.Single(document.SpansOf("date")).Id);
    }

    // A range is one date, its first day; the month and year after the last day are the first day's too.
    [Theory]
    [InlineData("en", "The drills ran on 8-10 November 2023.", null, "8-10 November 2023", "2023-11-08")]
    [InlineData("en", "The drills ran from November 8 to 10.", "2023-11-12", "November 8 to 10", "2023-11-08")]
    [InlineData("en", "The drills ran on 8 and 9 November.", null, "8 and 9 November", "--11-08")]
    [InlineData("vi", "Từ ngày 8 đến ngày 10/11, hai bên diễn tập.", "2023-11-12", "ngày 8 đến ngày 10/11", "2023-11-08")]
    [InlineData("vi", "Ngày 8-10/11, hai bên diễn tập.", null, "Ngày 8-10/11", "--11-08")]
    [InlineData("vi", "Từ 8-10/11/2023, hai bên diễn tập.", null, "8-10/11/2023", "2023-11-08")]
    [InlineData("en", "On November 8 and 10 soldiers arrived.", null, "November 8", "--11-08")]
    public void A_range_of_days_is_the_date_of_its_first_day(string language, string text, string? published, string surface, string iso)
    {
        var document = TaggingFixtures.Tag(text, language, published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture));

        var date = Assert.Single(document.SpansOf("date"));
        Assert.Equal((surface, "date:" + iso), (text[date.Start..date.End], date.Id));
    }

    [Theory]
    [InlineData("en", "They met on Thursday.")]
    [InlineData("vi", "Từ 8-10/11, hai bên diễn tập.")]
    [InlineData("vi", "Tỷ số là 8-10/11 sau hiệp một.")]
    [InlineData("vi", "Ngày 30-31/11, hai bên diễn tập.")]
    [InlineData("vi", "Kế hoạch giai đoạn 2021-2030 được thông qua.")]
    [InlineData("en", "They met on February 30.")]
    [InlineData("vi", "Chiều thứ Năm, hai bên hội đàm.")]
    public void Nothing_is_guessed(string language, string text) =>
        Assert.Empty(TaggingFixtures.Tag(text, language).SpansOf("date"));

    // "thứ năm" in lower case is also "fifth" ("lần thứ năm"); a weekday is written with a capital.
    [Theory]
    [InlineData("vi", "Đây là lần thứ năm hai bên gặp nhau.")]
    [InlineData("vi", "Hai bên gặp nhau vào thứ năm.")]
    [InlineData("en", "They met on thursday.")]
    public void A_weekday_without_a_capital_is_no_date(string language, string text) =>
        Assert.Empty(TaggingFixtures.Tag(text, language, new DateOnly(2023, 7, 7)).SpansOf("date"));
}
