namespace Workbench.Tests.Tags;

public class TopicAndPlaceTests
{
    [Theory]
    [InlineData("en", "They cooperate in manpower training and military medicine.", "military medicine;training")]
    [InlineData("vi", "Hai bên hợp tác đào tạo và quân y.", "military medicine;training")]
    [InlineData("en", "They agreed on search and rescue and natural disaster response.", "disaster relief;search and rescue")]
    [InlineData("vi", "Hợp tác về công nghiệp quốc phòng, an ninh biển, gìn giữ hòa bình.", "defence industry;maritime security;peacekeeping")]
    [InlineData("vi", "Hai bên khắc phục hậu quả bom, mìn sau chiến tranh và phòng, chống COVID-19.", "covid-19;war legacy")]
    [InlineData("en", "Deputy Prime Minister for Tourism Ivan Petrov spoke about trade.", "trade")]
    [InlineData("vi", "Hai bên tham vấn và hợp tác.", "")]
    public void Topics_are_tagged_where_the_text_names_the_area(string language, string text, string topics) =>
        Assert.Equal(topics.Split(';', StringSplitOptions.RemoveEmptyEntries), TaggingFixtures.Tag(text, language).Topics);

    [Theory]
    [InlineData("en", "Russian and Vietnamese officers met in Hanoi.", "country:RU;country:VN", "place:hanoi")]
    [InlineData("vi", "Các sĩ quan Liên bang Nga và Việt Nam gặp nhau tại Hà Nội.", "country:RU;country:VN", "place:hanoi")]
    [InlineData("vi", "Hội nghị an ninh khu vực Châu Á - Thái Bình Dương.", "", "")]
    [InlineData("en", "A Korean delegation visited Seoul and Moscow.", "country:KR", "place:seoul;place:moscow")]
    public void Countries_come_from_names_and_demonyms_and_places_from_the_gazetteer(string language, string text, string countries, string places)
    {
        var document = TaggingFixtures.Tag(text, language);

        Assert.Equal(countries.Split(';', StringSplitOptions.RemoveEmptyEntries), document.SpansOf("country").Select(s => s.Id).Distinct().Order());
        Assert.Equal(places.Split(';', StringSplitOptions.RemoveEmptyEntries), document.SpansOf("place").Select(s => s.Id));
    }
}
