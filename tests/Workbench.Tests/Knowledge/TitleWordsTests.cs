using Workbench.Diagnostics;
using Workbench.Knowledge;
using Workbench.Tagging;
using Workbench.Tests.Support;
using Workbench.Tests.Tags;

namespace Workbench.Tests.KnowledgeFiles;

/// <summary>The words a title chain reads (title-words.tsv) are data: the file is checked row by row, and a copy with a
/// word more or less tags a sentence differently.</summary>
public class TitleWordsTests
{
    private const string WordsFile = "title-words.tsv";

    [Fact]
    public void Every_title_word_is_one_token_of_a_known_kind() => WordFiles.AssertEveryWordIsOneTokenOfAKnownKind(WordsFile, TitleWords.Kinds);

    [Theory]
    [InlineData(TitleWords.Title, "DEFENCE")]
    [InlineData(TitleWords.Connector, "of")]
    [InlineData(TitleWords.Connector, "’")]
    [InlineData(TitleWords.Host, "to")]
    [InlineData(TitleWords.Host, "Tại")]
    [InlineData(TitleWords.NameSuffix, "Jr")]
    [InlineData(TitleWords.Article, "THE")]
    public void The_built_in_words_are_found_by_span_whatever_their_case(string kind, string word)
    {
        var words = KnowledgeBase.BuiltIn.Data.TitleWords;
        var set = kind switch
        {
            TitleWords.Title => words.Titles,
            TitleWords.Connector => words.Connectors,
            TitleWords.Host => words.HostWords,
            TitleWords.Article => words.Articles,
            _ => words.NameSuffixes,
        };

        Assert.True(set.Contains(("«" + word + "»").AsSpan(1, word.Length)));
        Assert.False(set.Contains(word.AsSpan(0, word.Length - 1) is { Length: > 0 } prefix ? prefix : "§"));
    }

    [Fact]
    public void An_unknown_kind_and_a_repeated_word_are_reported_by_code() =>
        Assert.Equal(new[] { DiagnosticCatalog.UnknownLabel.Code, DiagnosticCatalog.DuplicateKnowledge.Code },
            WordFiles.ProblemsWith(WordsFile, "rank\ten\tGeneral\nconnector\ten\tOF\n"));

    // "cum"/"kiêm" (concurrently) joins two positions into one chain, so the person takes the higher one; "Jnr" keeps its dot.
    // Vietnamese outlets write an English name's suffix as it is, so the suffix has no Vietnamese row.
    [Theory]
    [InlineData("en", "Deputy Minister of National Defence cum Chief of the General Staff Sen. Lt. Gen. Nguyen Tan Cuong spoke.",
        "connector", "cum", "Nguyen Tan Cuong: Chief of the General Staff", "Nguyen Tan Cuong: Deputy Minister of National Defence")]
    [InlineData("vi", "Thứ trưởng Bộ Quốc phòng kiêm Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam Thượng tướng Nguyễn Tân Cương phát biểu.",
        "connector", "kiêm", "Nguyễn Tân Cương: Chief of the General Staff", "Nguyễn Tân Cương: Deputy Minister of National Defence")]
    [InlineData("en", "General Romeo Brawner Jnr. met the minister.", "name-suffix", "Jnr", "Romeo Brawner Jnr: ", "Romeo Brawner Jnr.: ")]
    public void A_word_added_to_the_file_changes_the_people_found(string language, string text, string kind, string word, string before, string after)
    {
        using var knowledge = KnowledgeCopy.With(WordsFile, $"{kind}\t{language}\t{word}\n");
        var extended = KnowledgeBase.Load(knowledge.Path);

        Assert.Empty(extended.Diagnostics);
        Assert.Equal(before, People(text, language, KnowledgeBase.BuiltIn));
        Assert.Equal(after, People(text, language, extended));
    }

    [Theory]
    [InlineData("en", "Russian Ambassador to Vietnam Gennady Bezdetko spoke.", "to")]
    [InlineData("vi", "Đại sứ Nga tại Việt Nam Gennady Bezdetko phát biểu.", "tại")]
    public void Without_its_host_word_the_country_an_ambassador_is_sent_to_ends_the_title(string language, string text, string word) =>
        WordFiles.AssertFoundOnlyWithRow(WordsFile, $"host\t{language}\t{word}", knowledge => People(text, language, knowledge),
            "Gennady Bezdetko: Ambassador");

    [Fact]
    public void Without_its_article_a_description_resolves_to_nobody() =>
        WordFiles.AssertFoundOnlyWithRow(WordsFile, "article\ten\tthe",
            knowledge => Described("Russian Defence Minister Sergei Shoigu met Gen. Tran Van Son.\nThe Russian minister said the talks were useful.", knowledge),
            "Sergei Shoigu");

    // Words of every length and first letter, in and beyond ASCII: the set turns words away by length and first letter
    // before it hashes, and must still agree with a plain case-ignoring set.
    [Fact]
    public void A_word_set_agrees_with_a_case_ignoring_hash_set()
    {
        string[] words = ["the", "of", "Tại", "ở", "Jr", "đêm", "commander", "-", "’", "in", "st"];
        string[] probes = [.. words, "THE", "Of", "TẠI", "Ở", "jR", "ĐÊM", "Commander", "th", "thee", "o", "ın", "İn", "ſt", "x", "“", "’s", "tai", "dem"];
        var set = new WordSet(words);
        var expected = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);

        Assert.All(probes, p => Assert.Equal(expected.Contains(p), set.Contains(p)));
        // A set of ASCII words only: a word starting beyond ASCII is turned away by the first-letter test, not the hash.
        var ascii = new WordSet(["in", "st"]);
        Assert.All(probes, p => Assert.Equal(p.Equals("in", StringComparison.OrdinalIgnoreCase) || p.Equals("st", StringComparison.OrdinalIgnoreCase), ascii.Contains(p)));
        Assert.False(new WordSet([]).Contains("the"));
    }

    private static string Described(string text, KnowledgeBase knowledge)
    {
        var document = TaggingFixtures.Tag(text, knowledge: knowledge);
        return string.Join("; ", document.SpansOf(KnowledgeLabels.Person).Where(s => s.Rule == "description")
            .Select(s => document.People.Single(p => p.Id == s.Id).Name));
    }

    private static string People(string text, string language, KnowledgeBase knowledge) =>
        string.Join("; ", TaggingFixtures.Tag(text, language, knowledge: knowledge).People
            .Select(p => $"{p.Name}: {p.Position}"));
}
