using Workbench.Diagnostics;
using Workbench.Knowledge;
using Workbench.Tagging;
using Workbench.Tests.Support;

namespace Workbench.Tests.Tags;

/// <summary>"Anh" and "Đức" are Britain and Germany in a list of countries, and a given name or a common word elsewhere
/// (countries.tsv marks them in-list).</summary>
public class CountryListTests
{
    [Theory]
    [InlineData("Doanh nghiệp đến từ Mỹ, Nga, Pháp, Anh, Đức, Israel tham gia triển lãm.", "DE;FR;GB;IL;RU;US")]
    [InlineData("Các đoàn Anh, Đức, Pháp đã có mặt.", "DE;FR;GB")]
    [InlineData("Đoàn Pháp, Đức tham dự.", "DE;FR")]
    [InlineData("Mỹ, Anh và Đức ký kết.", "DE;GB;US")]
    [InlineData("Anh, Pháp và Đức ký kết.", "DE;FR;GB")]
    public void In_a_comma_list_of_countries_the_short_names_are_countries(string text, string countries) =>
        Assert.Equal(countries.Split(';'), Countries(text));

    [Theory]
    [InlineData("Đại tá Trần Minh Đức, Pháp và Nga dự họp.", "FR;RU")]
    [InlineData("Pháp, Anh Tuấn cho biết.", "FR")]
    [InlineData("Anh ấy nói, Pháp sẽ tham gia.", "FR")]
    [InlineData("Ông Đức, Bộ trưởng, phát biểu.", "")]
    [InlineData("Theo ông Đức, Mỹ sẽ tham gia.", "US")]
    [InlineData("Đại tá Đức, Nga và Mỹ dự họp.", "RU;US")]
    [InlineData("Anh, Đức và các bạn cùng đến.", "")]
    [InlineData("Mỹ và Đức hợp tác.", "US")]
    [InlineData("Mỹ, Nga và Đức Minh dự họp.", "RU;US")]
    public void Elsewhere_they_are_a_name_or_a_word(string text, string countries) =>
        Assert.Equal(countries.Split(';', StringSplitOptions.RemoveEmptyEntries), Countries(text));

    // With every match kept, "Anh" inside "Vương quốc Anh" overlaps its neighbour: the list reading passes over it.
    [Fact]
    public void Overlapping_matches_kept_by_the_overlap_policy_are_read_without_failing()
    {
        var tags = Tagger.Tag([TaggingFixtures.Article("Mỹ, Nga và Vương quốc Anh ký kết.", "vi")],
            new TaggerOptions { EntityOverlap = OverlapPolicy.KeepAll });

        Assert.Empty(tags.Diagnostics);
        Assert.Equal(["GB", "RU", "US"], tags.Documents.Single().SpansOf("country").Select(s => s.Id["country:".Length..]).Distinct().Order());
    }

    [Fact]
    public void Every_list_word_is_one_token_of_a_known_kind() =>
        WordFiles.AssertEveryWordIsOneTokenOfAKnownKind(KnowledgeLoader.ListJoinersFile, [KnowledgeLoader.ListJoiner]);

    [Fact]
    public void Without_its_joiner_the_last_item_of_a_list_is_no_country() =>
        WordFiles.AssertFoundOnlyWithRow(KnowledgeLoader.ListJoinersFile, "joiner\tvi\tvà",
            knowledge => string.Join(";", TaggingFixtures.Tag("Mỹ, Anh và Đức ký kết.", "vi", knowledge: knowledge).SpansOf("country")
                .Where(s => s.Id == "country:DE").Select(s => s.Id)),
            "country:DE");

    [Fact]
    public void An_only_value_other_than_in_list_is_reported_by_code() =>
        Assert.Equal([DiagnosticCatalog.InvalidKnowledgeValue.Code], WordFiles.ProblemsWith("countries.tsv", "GB\tvi\tNước Anh\tname\tno\tsometimes\n"));

    // Only countries.tsv reads the column: in-list elsewhere would never count, so it is reported rather than ignored.
    [Fact]
    public void An_only_column_outside_countries_tsv_is_reported_by_code()
    {
        using var knowledge = KnowledgeCopy.With("places.tsv", "hue\tvi\tHuế\tVN\tyes\tin-list\n");
        var places = Path.Combine(knowledge.Path, "places.tsv");
        File.WriteAllText(places, File.ReadAllText(places).Replace("id\tlang\talias\tcountry\tcased\n", "id\tlang\talias\tcountry\tcased\tonly\n", StringComparison.Ordinal));

        Assert.Equal([DiagnosticCatalog.InvalidKnowledgeValue.Code], KnowledgeBase.Load(knowledge.Path).Diagnostics.Select(d => d.Code));
    }

    private static string[] Countries(string text) =>
        [.. TaggingFixtures.Tag(text, "vi").SpansOf("country").Select(s => s.Id["country:".Length..]).Distinct().Order()];
}
