using Workbench.Cleaning;
using Workbench.Corpus;

namespace Workbench.Tests.Cleaning;

/// <summary>The outlet and place a body's first line names, in the forms wire services and Vietnamese papers write.</summary>
public class DatelineTests
{
    [Theory]
    [InlineData("HANOI, Sept 25 (Reuters) - U.S. Secretary of Defense Lloyd Austin arrived in Hanoi.", "Reuters", "HANOI")]
    [InlineData("Hanoi (VNA) – Deputy Minister of National Defence Hoang Xuan Chien held talks.", "VNA", "Hanoi")]
    [InlineData("Hà Nội, ngày 12/6 (TTXVN) - Đại tướng Phan Văn Giang đã hội đàm.", "VNA", "Hà Nội")]
    [InlineData("QĐND - Sáng 10/5, tại thành phố Điện Biên Phủ, Trung tướng Lê Đức Thái chủ trì.", "QĐND", null)]
    [InlineData("QĐND Online - Sáng 5/11, tại Hà Nội, Thượng tướng Nguyễn Tân Cương đã tiếp đoàn.", "QĐND", null)]
    [InlineData("NDO - Sáng 8/12, tại sân bay Biên Hòa, Thượng tướng Hoàng Xuân Chiến dự lễ.", "Nhân Dân", null)]
    [InlineData("VLADIVOSTOK, October 7. /TASS/. A detachment of ships of the Pacific Fleet arrived.", "TASS", null)]
    [InlineData("MOSCOW – Russian Defence Minister Sergei Shoigu received a Vietnamese delegation.", null, "MOSCOW")]
    public void The_first_body_line_gives_outlet_and_dateline(string firstLine, string? outlet, string? dateline)
    {
        var text = $"Vietnam and partners boost defence ties\n\n{firstLine}\n\nThe two sides agreed to step up cooperation.\n";
        var article = ArticleCleaner.Clean(new RawArticle("a", "a.txt", text, "utf-8"), CleaningKnowledge.BuiltIn);
        Assert.Equal(outlet, article.Outlet);
        Assert.Equal(dateline, article.Dateline);
    }

    [Fact]
    public void A_byline_and_wire_credits_are_chrome_and_the_dateline_after_them_still_counts()
    {
        const string text = "US Army chief visits Vietnam\n\nBy Reuters staff\nHANOI, Sept 25 (Reuters) - Gen. Randy George met the chief of the general staff.\n\n"
            + "Reporting by Francesco Guarascio; Editing by Ed Davies\n";
        var article = ArticleCleaner.Clean(new RawArticle("a", "a.txt", text, "utf-8"), CleaningKnowledge.BuiltIn);

        Assert.Equal("Reuters", article.Outlet);
        Assert.Equal(["By Reuters staff", "Reporting by Francesco Guarascio; Editing by Ed Davies"],
            article.Removed.Where(r => r.Kind == "byline").Select(r => r.Text));
        Assert.DoesNotContain("Editing", article.Body);
    }

    [Fact]
    public void A_dated_byline_gives_the_published_date_and_time()
    {
        const string text = "Vietnam sends engineering unit to Abyei\n\nBy Vo Hai - June 3, 2024 | 04:12 pm GMT+7\n\nThe unit left Hanoi on Monday.\n";
        var article = ArticleCleaner.Clean(new RawArticle("a", "a.txt", text, "utf-8"), CleaningKnowledge.BuiltIn);

        Assert.Equal(new DateOnly(2024, 6, 3), article.Published);
        Assert.Equal(new TimeOnly(16, 12), article.PublishedTime);
        Assert.Equal("The unit left Hanoi on Monday.", article.Body);
    }
}
