namespace Workbench.Tests.Tags;

public class CoreferenceTests
{
    [Theory]
    [InlineData("en", "Prime Minister Pham Minh Chinh met the guests.\nChinh said ties were strong.", "Chinh", "person:pham-minh-chinh")]
    [InlineData("en", "Deputy Prime Minister Dmitry Chernyshenko spoke.\nAccording to Chernyshenko, the work is done.", "Chernyshenko", "person:dmitry-chernyshenko")]
    [InlineData("en", "Russian Minister Sen. Lt. Gen. Kurenkov Aleksandr Vyacheslavovich spoke.\nKurenkov thanked the hosts.", "Kurenkov", "person:kurenkov-aleksandr-vyacheslavovich")]
    [InlineData("vi", "Thượng tướng Hoàng Xuân Chiến phát biểu.\nThượng tướng Chiến đề nghị hợp tác.", "Chiến", "person:hoang-xuan-chien")]
    [InlineData("en", "Minister of National Defence General Phan Van Giang arrived.\nOn the sidelines, General Giang met the guests.", "Giang", "person:phan-van-giang")]
    [InlineData("en", "Russian Minister of Emergency Situations Sen. Lt. Gen. Ivan Petrov arrived.\nPrime Minister Pham Minh Chinh received him; the Russian minister thanked him.", "the Russian minister", "person:ivan-petrov")]
    public void Short_references_resolve_within_the_article(string language, string text, string surface, string id)
    {
        var document = TaggingFixtures.Tag(text, language);

        Assert.Contains(document.SpansOf("person"), s => s.Of(text) == surface && s.Id == id);
    }

    [Theory]
    [InlineData("vi", "Thượng tướng Hoàng Xuân Chiến phát biểu.\nĐối tác Chiến lược toàn diện được củng cố.")]
    [InlineData("en", "Prime Minister Pham Minh Chinh met the guests.\nThe host official said ties were strong.")]
    [InlineData("en", "Prime Minister Pham Minh Chinh met the guests.\nLater Nguyen Chinh said ties were strong.")]
    public void Words_that_only_look_like_a_short_name_stay_unresolved(string language, string text) =>
        Assert.Single(TaggingFixtures.Tag(text, language).SpansOf("person"));
}
