using Workbench.Eval;
using Workbench.Tagging;
using Workbench.Tests.Tags;

namespace Workbench.Tests.Eval;

public class GoldExportTests
{
    [Theory]
    [InlineData("vi", "Bộ đội Biên phòng Việt Nam và Quân đội nhân dân Lào tuần tra chung.", "VN;LA")]
    [InlineData("en", "The Vietnam People's Navy and the Russian Pacific Fleet held a joint exercise.", "VN;RU")]
    public void An_articles_countries_include_those_of_the_organisations_it_names(string language, string text, string countries)
    {
        var record = Assert.Single(GoldExport.From(Tagger.Tag([TaggingFixtures.Article(text, language)])));

        Assert.Equal(countries.Split(';').Order(), record.Countries.Order());
    }
}
