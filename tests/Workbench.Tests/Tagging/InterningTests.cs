using Workbench.Tagging;

namespace Workbench.Tests.Tags;

/// <summary>Ids, names and dates made from the text are one string per value across a tagging run.</summary>
public class InterningTests
{
    private static readonly DateOnly s_published = new(2023, 11, 10);

    [Fact]
    public void A_person_and_a_date_in_two_articles_share_their_strings()
    {
        var tags = Tagger.Tag([
            TaggingFixtures.Article("Minister of National Defence Gen. Phan Van Giang received him on November 9.", published: s_published, id: "a"),
            TaggingFixtures.Article("Gen. Phan Van Giang spoke on November 9.", published: s_published, id: "b"),
        ]);

        var people = tags.Documents.Select(d => Assert.Single(d.People)).ToArray();
        var dates = tags.Documents.Select(d => Assert.Single(d.SpansOf("date")).Id).ToArray();

        Assert.Equal("person:phan-van-giang", people[0].Id);
        Assert.Same(people[0].Id, people[1].Id);
        Assert.Same(people[0].Name, people[1].Name);
        Assert.Equal("date:2023-11-09", dates[0]);
        Assert.Same(dates[0], dates[1]);
    }

    [Fact]
    public void A_table_gives_one_string_per_value_and_keeps_values_apart()
    {
        var table = new StringTable();

        var a = table.Get("date:", "2023-11-09");
        var b = table.Get("date:2023-11-09".AsSpan());

        Assert.Same(a, b);
        Assert.Equal("date:2023-11-10", table.Get("date:", "2023-11-10"));
        Assert.Same(table.PersonId("Phan Văn Giang", PersonIdOf), table.PersonId("Phan Văn Giang", PersonIdOf));
    }

    private static string PersonIdOf(string name) => Workbench.Tagging.Components.PersonBook.IdOf(name);
}
