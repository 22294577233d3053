using Workbench.Tagging;

namespace Workbench.Tests.Tags;

public class PersonTests
{
    [Theory]
    [InlineData("en", "Minister of National Defence Gen. Phan Van Giang received the guest.", "Phan Van Giang", "General", "Minister of National Defence", "VN")]
    [InlineData("vi", "Đại tướng Phan Văn Giang, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng đã tiếp đoàn.", "Phan Văn Giang", "General", "Minister of National Defence", "VN")]
    [InlineData("en", "Deputy Minister of National Defence Sen. Lieut. Gen Tran Quoc Bao met the delegation.", "Tran Quoc Bao", "Senior Lieutenant General", "Deputy Minister of National Defence", "VN")]
    [InlineData("vi", "Thượng tướng Trần Quốc Bảo, Thứ trưởng Bộ Quốc phòng, phát biểu.", "Trần Quốc Bảo", "Senior Lieutenant General", "Deputy Minister of National Defence", "VN")]
    [InlineData("en", "Russian Minister of Emergency Situations Sen. Lt. Gen. Ivanov Pyotr Sergeyevich arrived.", "Ivanov Pyotr Sergeyevich", "Senior Lieutenant General", "Minister of Emergency Situations", "RU")]
    [InlineData("vi", "Đô đốc Nikolai Petrovich Sorokin, Tư lệnh Hạm đội Thái Bình Dương Liên bang Nga, phát biểu.", "Nikolai Petrovich Sorokin", "Admiral", "Commander of the Pacific Fleet", "RU")]
    [InlineData("en", "Korean Vice Defense Minister Kim Sung Ho attended the talks.", "Kim Sung Ho", null, "Vice Minister of National Defense", "KR")]
    [InlineData("vi", "Thứ trưởng Quốc phòng Hàn Quốc Kim Sung Ho dự hội đàm.", "Kim Sung Ho", null, "Vice Minister of National Defense", "KR")]
    [InlineData("vi", "Cùng dự có ông Belov Andrei Ilich, Thứ trưởng Bộ Khoa học và Đại học Liên bang Nga.", "Belov Andrei Ilich", null, "Deputy Minister of Science and Higher Education", "RU")]
    [InlineData("vi", "Đại tướng Lê Văn Tám, nguyên Bộ trưởng Bộ Quốc phòng Việt Nam, dự lễ.", "Lê Văn Tám", "General", "Former Minister of National Defence", "VN")]
    public void A_name_after_a_title_chain_is_a_person_with_rank_position_and_country(
        string language, string text, string name, string? rank, string position, string country)
    {
        var person = Assert.Single(TaggingFixtures.Tag(text, language).People);

        Assert.Equal(new PersonInfo(PersonId(name), name, rank, position, country), person);
    }

    [Theory]
    [InlineData("en", "Deputy Prime Minister for Tourism, Sport, Culture and Communications Olga Petrova spoke.", "Olga Petrova")]
    [InlineData("en", "The report was read by Nguyen Thanh Hai, who chairs the committee.", "Nguyen Thanh Hai")]
    [InlineData("en", "The report was read by Lee Jae-myung, who chairs the committee.", "Lee Jae-myung")]
    [InlineData("vi", "Tổng Bí thư Nguyễn Văn An thăm Liên bang Nga.", "Nguyễn Văn An")]
    [InlineData("en", "Mr. Tanaka Hiroshi spoke after Prime Minister Jan Kowalski.", "Tanaka Hiroshi;Jan Kowalski")]
    public void Unknown_people_are_found_by_their_titles_alone(string language, string text, string names) =>
        Assert.Equal(names.Split(';'), TaggingFixtures.Tag(text, language).People.Select(p => p.Name));

    [Theory]
    [InlineData("en", "The minister said the dialogue would continue.")]
    [InlineData("en", "Prime Minister. Vietnam and Russia agreed.")]
    [InlineData("vi", "Tư lệnh Hạm đội Thái Bình Dương cho biết Liên bang Nga sẵn sàng hợp tác.")]
    [InlineData("vi", "Bộ trưởng Bộ Quốc phòng Hàn Quốc sang thăm Việt Nam.")]
    public void Titles_without_a_name_make_no_person(string language, string text) =>
        Assert.Empty(TaggingFixtures.Tag(text, language).People);

    [Fact]
    public void Diacritics_do_not_split_a_person_and_the_accented_name_is_displayed()
    {
        var articles = new[]
        {
            TaggingFixtures.Article("Minister of National Defence Gen. Phan Van Giang spoke.", "en", id: "a"),
            TaggingFixtures.Article("Đại tướng Phan Văn Giang phát biểu.", "vi", id: "b"),
        };

        var person = Assert.Single(Tagger.Tag(articles).EntityRows, e => e.Type == "person");

        Assert.Equal(("person:phan-van-giang", "Phan Văn Giang", "phan van giang", 2), (person.Id, person.Name, person.Key, person.Articles));
    }

    [Theory]
    [InlineData("en", "Prime Minister Jan Kowalski met officials from Laos and Russia.", "LA")]
    [InlineData("en", "Prime Minister Jan Kowalski met officials from Russia and Laos.", "RU")]
    [InlineData("en", "Prime Minister Jan Kowalski met officials from Laos, Russia and Russia.", "RU")]
    [InlineData("vi", "Thủ tướng Jan Kowalski gặp đại diện Lào và Nga.", "LA")]
    [InlineData("vi", "Thủ tướng Jan Kowalski gặp đại diện Nga và Lào.", "RU")]
    public void A_person_without_a_country_gets_the_foreign_country_named_most_and_on_a_tie_the_first(
        string language, string text, string country) =>
        Assert.Equal(country, Assert.Single(TaggingFixtures.Tag(text, language).People).Country);

    private static string PersonId(string name) => "person:" + Workbench.Knowledge.NameFolding.Key(name).Replace(' ', '-');
}
