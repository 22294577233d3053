using Workbench.Tagging;

namespace Workbench.Tests.Tags;

/// <summary>The broader knowledge in data/knowledge: titles, ranks, countries, places, triggers and topics that outlets
/// beyond the seed articles use, and the ordinary words that must not be read as them.</summary>
public class BroadKnowledgeTests
{
    [Theory]
    [InlineData("en", "U.S. Secretary of Defense Lloyd Austin arrived on Thursday.", "Lloyd Austin", null, "Secretary of Defense", "US")]
    [InlineData("vi", "Tham mưu trưởng Lục quân Hoa Kỳ Randy George phát biểu.", "Randy George", null, "Army Chief of Staff", "US")]
    [InlineData("en", "Indian Defence Secretary Giridhar Aramane attended.", "Giridhar Aramane", null, "Defence Secretary", "IN")]
    [InlineData("vi", "Thượng tướng Nguyễn Trọng Nghĩa, Chủ nhiệm Tổng cục Chính trị, phát biểu.", "Nguyễn Trọng Nghĩa", "Senior Lieutenant General", "Director of the General Department of Politics", "VN")]
    [InlineData("en", "Japanese State Minister of Defense Oniki Makoto spoke.", "Oniki Makoto", null, "State Minister of Defense", "JP")]
    [InlineData("vi", "Đại tá Lê Văn Hùng, Tùy viên Quốc phòng Việt Nam tại Ấn Độ, phát biểu.", "Lê Văn Hùng", "Senior Colonel", "Defence Attaché", "VN")]
    [InlineData("en", "Singapore's Chief of Defence Force Vice Admiral Aaron Beng spoke.", "Aaron Beng", "Vice Admiral", "Chief of Defence Force", "SG")]
    [InlineData("vi", "Chuẩn Đô đốc Nguyễn Văn Tư, Phó Tư lệnh Vùng 4 Hải quân, phát biểu.", "Nguyễn Văn Tư", "Rear Admiral", "Deputy Commander of the Naval Region 4", "VN")]
    [InlineData("en", "Vietnam's defence minister Phan Van Giang spoke.", "Phan Van Giang", null, "Minister of National Defence", "VN")]
    [InlineData("vi", "Thiếu tá Trần Văn Nam, Chính ủy Bộ đội Biên phòng, phát biểu.", "Trần Văn Nam", "Major", "Political Commissar of the Border Guard", "VN")]
    [InlineData("en", "Vice Chairman of the Central Military Commission General Zhang Youxia of China spoke.", "Zhang Youxia", "General", "Vice Chairman of the Central Military Commission", "CN")]
    [InlineData("en", "Air Chief Marshal Punpakdee Pattanakul of Thailand spoke.", "Punpakdee Pattanakul", "Air Chief Marshal", null, "TH")]
    public void A_name_after_a_newly_known_title_is_a_person(string language, string text, string name, string? rank, string? position, string country)
    {
        var person = Assert.Single(TaggingFixtures.Tag(text, language).People);

        Assert.Equal((name, rank, position, country), (person.Name, person.Rank, person.Position, person.Country));
    }

    [Theory]
    [InlineData("vi", "Cục trưởng Cục Tác chiến phát biểu.")]
    [InlineData("vi", "Giám đốc Sở Ngoại vụ phát biểu.")]
    [InlineData("en", "The defence minister said the talks went well.")]
    public void A_body_or_a_title_without_a_name_makes_no_person(string language, string text) =>
        Assert.Empty(TaggingFixtures.Tag(text, language).People);

    [Theory]
    [InlineData("en", "The engineers left for South Sudan and the Central African Republic.", "country:CF;country:SS")]
    [InlineData("vi", "Các công binh lên đường sang Nam Sudan và Cộng hòa Trung Phi.", "country:CF;country:SS")]
    [InlineData("en", "Firms from Poland, the Czech Republic and Türkiye took part.", "country:CZ;country:PL;country:TR")]
    [InlineData("vi", "Doanh nghiệp Ba Lan, Séc và Thổ Nhĩ Kỳ tham gia.", "country:CZ;country:PL;country:TR")]
    [InlineData("en", "Ships of the Royal Australian Navy arrived.", "country:AU")]
    [InlineData("vi", "Tàu Hải quân Nga cập cảng.", "country:RU")]
    public void More_countries_are_known_and_a_navy_does_not_hide_its_country(string language, string text, string countries) =>
        Assert.Equal(countries.Split(';'), TaggingFixtures.Tag(text, language).SpansOf("country").Select(s => s.Id).Distinct().Order());

    [Theory]
    [InlineData("vi", "Anh Nguyễn Văn Nam cho biết pháp luật đã được thực hiện nghiêm.")]
    [InlineData("vi", "Hai nước anh em luôn sát cánh bên nhau.")]
    [InlineData("en", "Patrols continued in the South China Sea and the Indian Ocean.")]
    [InlineData("vi", "Tình hình Biển Đông và khu vực Ấn Độ Dương - Thái Bình Dương được thảo luận.")]
    [InlineData("vi", "Đoàn công tác đến tỉnh Lào Cai.")]
    public void Words_that_only_look_like_a_country_are_no_country(string language, string text) =>
        Assert.Empty(TaggingFixtures.Tag(text, language).SpansOf("country"));

    [Theory]
    [InlineData("en", "The ship docked in Khanh Hoa and then Da Lat.", "place:khanh-hoa;place:da-lat")]
    [InlineData("vi", "Tàu cập cảng Khánh Hòa rồi đến Đà Lạt.", "place:khanh-hoa;place:da-lat")]
    [InlineData("en", "Talks were held in Bengaluru and Vientiane.", "place:bengaluru;place:vientiane")]
    [InlineData("vi", "Hội đàm diễn ra tại Mát-xcơ-va và Viêng Chăn.", "place:moscow;place:vientiane")]
    [InlineData("en", "The delegation visited Thua Thien Hue.", "place:hue")]
    [InlineData("vi", "Đoàn đến thăm Thừa Thiên Huế.", "place:hue")]
    [InlineData("vi", "Hòa bình và ổn định ở châu Á - Thái Bình Dương là mục tiêu chung.", "")]
    public void Provinces_and_foreign_cities_are_places_but_peace_and_the_pacific_are_not(string language, string text, string places) =>
        Assert.Equal(places.Split(';', StringSplitOptions.RemoveEmptyEntries), TaggingFixtures.Tag(text, language).SpansOf("place").Select(s => s.Id));

    [Theory]
    [InlineData("en", "Defence Minister Phan Van Giang met U.S. Secretary of Defense Lloyd Austin.", "talks", "Phan Van Giang;Lloyd Austin")]
    [InlineData("vi", "Thượng tướng Hoàng Xuân Chiến chào xã giao Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru.", "reception", "Hoàng Xuân Chiến;Kihara Minoru")]
    public void New_triggers_make_events(string language, string text, string type, string participants)
    {
        var document = TaggingFixtures.Tag(text, language);

        var e = Assert.Single(document.Events);
        Assert.Equal((type, participants), (e.Type, string.Join(';', TaggingFixtures.Names(document, e))));
    }

    [Theory]
    [InlineData("en", "Deputy Defence Minister Hoang Xuan Chien and Defence Secretary Giridhar Aramane attended the Shangri-La Dialogue.")]
    [InlineData("vi", "Thượng tướng Hoàng Xuân Chiến và Bộ trưởng Quốc phòng Ấn Độ Rajnath Singh dự Đối thoại Shangri-La.")]
    public void A_forum_named_dialogue_is_no_dialogue_event(string language, string text) =>
        Assert.DoesNotContain(TaggingFixtures.Tag(text, language).Events, e => e.Type == "dialogue");

    [Theory]
    [InlineData("en", "The frigate made a port call after an Agent Orange clean-up.", "naval cooperation;war legacy")]
    [InlineData("vi", "Hải quân hai nước hợp tác khắc phục hậu quả chất độc da cam.", "naval cooperation;war legacy")]
    [InlineData("en", "Ministers met at the ADMM-Plus to discuss counter-terrorism.", "multilateral cooperation;transnational crime")]
    [InlineData("vi", "Các bộ trưởng dự ADMM-Plus, bàn về phòng chống ma túy.", "multilateral cooperation;transnational crime")]
    [InlineData("vi", "Đây là cột mốc quan trọng trong quan hệ hai nước.", "")]
    public void Topics_have_more_phrasings_in_both_languages(string language, string text, string topics) =>
        Assert.Equal(topics.Split(';', StringSplitOptions.RemoveEmptyEntries), TaggingFixtures.Tag(text, language).Topics);
}
