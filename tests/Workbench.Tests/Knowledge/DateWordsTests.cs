using Workbench.Diagnostics;
using Workbench.Knowledge;
using Workbench.Tagging;
using Workbench.Tests.Support;
using Workbench.Tests.Tags;

namespace Workbench.Tests.KnowledgeFiles;

/// <summary>The words that lead a date (dates-words.tsv) and the weekday names (dates-weekdays.tsv) are data: the files
/// are checked row by row, and a copy with a word more or less tags a sentence differently.</summary>
public class DateWordsTests
{
    private const string WordsFile = "dates-words.tsv";
    private const string WeekdaysFile = "dates-weekdays.tsv";
    private static readonly DateOnly s_published = new(2023, 7, 7); // a Friday

    [Fact]
    public void Every_date_word_is_one_token_of_a_known_kind() => WordFiles.AssertEveryWordIsOneTokenOfAKnownKind(WordsFile, DateWords.Kinds);

    [Fact]
    public void An_unknown_kind_and_a_repeated_word_are_reported_by_code() =>
        Assert.Equal(new[] { DiagnosticCatalog.UnknownLabel.Code, DiagnosticCatalog.DuplicateKnowledge.Code },
            WordFiles.ProblemsWith(WordsFile, "month-lead\ten\tin\nday-lead\tvi\tNGÀY\n"));

    // The reader looks a date word up one token at a time: a row of two words would never be found, so it is reported.
    [Theory]
    [InlineData("day-lead\ten\tin the\n")]
    [InlineData("range-joiner\ten\tup to\n")]
    [InlineData("weekday-lead\tvi\tvào,\n")]
    public void A_date_word_of_more_than_one_token_is_reported_by_code(string row)
    {
        var problems = WordFiles.ProblemsWith(WordsFile, row).ToArray();

        Assert.Equal([DiagnosticCatalog.InvalidKnowledgeValue.Code], problems);
    }

    // "hôm 12-5": without a year, a day and month in figures are a date only after a lead word.
    [Fact]
    public void A_day_lead_added_to_the_file_makes_a_date_of_a_bare_day_and_month()
    {
        const string text = "Hôm 12-5, hai bên làm việc.";
        using var knowledge = KnowledgeCopy.With(WordsFile, "day-lead\tvi\thôm\n");
        var extended = KnowledgeBase.Load(knowledge.Path);

        Assert.Empty(extended.Diagnostics);
        Assert.Equal("", Dates(text, "vi", KnowledgeBase.BuiltIn));
        Assert.Equal("Hôm 12-5 = date:2023-05-12", Dates(text, "vi", extended));
    }

    [Theory]
    [InlineData("en", "weekday-lead\ten\ton", "They met on Thursday.", "on Thursday = date:2023-07-06")]
    [InlineData("vi", "weekday-lead\tvi\tchiều", "Chiều thứ Năm, hai bên hội đàm.", "Chiều thứ Năm = date:2023-07-06")]
    [InlineData("en", "day-suffix\ten\tth", "They met on November 9th.", "November 9th = date:2022-11-09")]
    [InlineData("vi", "range-joiner\tvi\tvà", "Ngày 8 và 9/11, hai bên diễn tập.", "Ngày 8 và 9/11 = date:2022-11-08")]
    public void Without_its_word_a_date_is_no_date(string language, string row, string text, string date) =>
        WordFiles.AssertFoundOnlyWithRow(WordsFile, row, knowledge => Dates(text, language, knowledge), date);

    [Fact]
    public void Every_weekday_has_a_name_in_each_language()
    {
        var rows = File.ReadAllLines(Path.Combine(RepoPaths.Knowledge, WeekdaysFile)).Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();

        Assert.Equal("name\tweekday\tlang", rows[0]);
        var cells = rows.Skip(1).Select(l => l.Split('\t')).ToArray();
        Assert.All(cells, c => Assert.Equal(3, c.Length));
        foreach (var language in new[] { "en", "vi" })
        {
            Assert.Equal(["1", "2", "3", "4", "5", "6", "7"], cells.Where(c => c[2] == language).Select(c => c[1]).Distinct().Order());
        }
    }

    [Fact]
    public void A_weekday_number_outside_one_to_seven_and_a_repeated_name_are_reported_by_code() =>
        Assert.Equal(new[] { DiagnosticCatalog.InvalidKnowledgeValue.Code, DiagnosticCatalog.DuplicateKnowledge.Code },
            WordFiles.ProblemsWith(WeekdaysFile, "Sonntag\t0\tde\nTHỨ  NĂM\t5\tvi\n"));

    // The cleaner (bylines) and the tagger (the text) read one month file the same way, and report the same rows: a month
    // outside 1 to 12, a repeated name, a row without a name, a name of two words.
    [Fact]
    public void A_bad_month_row_is_reported_alike_by_cleaning_and_tagging()
    {
        using var knowledge = KnowledgeCopy.With("dates-months.tsv", "Brumaire\t13\ten\nnov\t11\ten\n\t3\ten\nTháng Mười\t10\tvi\n");
        string[] expected = [DiagnosticCatalog.InvalidKnowledgeValue.Code, DiagnosticCatalog.DuplicateKnowledge.Code, DiagnosticCatalog.KnowledgeRowIncomplete.Code,
            DiagnosticCatalog.InvalidKnowledgeValue.Code];

        Assert.Equal(expected, InMonths(KnowledgeBase.Load(knowledge.Path).Diagnostics));
        Assert.Equal(expected, InMonths(Workbench.Cleaning.CleaningKnowledge.Load(knowledge.Path).Problems));

        static IEnumerable<string> InMonths(IEnumerable<Diagnostic> problems) =>
            problems.Where(d => Path.GetFileName(d.File) == "dates-months.tsv").Select(d => d.Code);
    }

    [Fact]
    public void A_weekday_name_added_to_the_file_is_read_as_a_date()
    {
        const string text = "Hai bên hội đàm chiều T5."; // the short form some outlets write
        using var knowledge = KnowledgeCopy.With(WeekdaysFile, "T5\t4\tvi\n");
        var extended = KnowledgeBase.Load(knowledge.Path);

        Assert.Empty(extended.Diagnostics);
        Assert.Equal("", Dates(text, "vi", KnowledgeBase.BuiltIn));
        Assert.Equal("chiều T5 = date:2023-07-06", Dates(text, "vi", extended));
    }

    private static string Dates(string text, string language, KnowledgeBase knowledge)
    {
        var document = TaggingFixtures.Tag(text, language, s_published, knowledge);
        return string.Join("; ", document.SpansOf(KnowledgeLabels.Date).Select(s => $"{s.Of(text)} = {s.Id}"));
    }
}
