using Workbench.Diagnostics;
using Workbench.Knowledge;
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
    public void Elsewhere_they_are_a_name_or_a_word(string text, string countries) =>
        Assert.Equal(countries.Split(';', StringSplitOptions.RemoveEmptyEntries), Countries(text));

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
