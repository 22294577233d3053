using System.Text;
using Workbench.Corpus;
using Workbench.Diagnostics;
using Workbench.Tests.Support;
using Workbench.Testing;

namespace Workbench.Tests.CorpusTests;

public class BadInputTests
{
    private const string Good = "A good headline here\n\nThe body is fine. It has two sentences.\n";

    private static (Workbench.Corpus.Corpus Corpus, Diagnostic Problem) LoadWithOneBadFile(string name, byte[] bytes, CorpusOptions? options = null)
    {
        using var temp = new TempFolder();
        temp.Write("good.txt", Good);
        temp.Write(name, bytes);
        var corpus = Workbench.Corpus.Corpus.Load(temp.Path, options);
        Assert.Contains(corpus, a => a.Id == "good");
        return (corpus, Assert.Single(corpus.Report.Diagnostics));
    }

    [Theory]
    [InlineData("empty.txt", "", "WB002")]
    [InlineData("blank.txt", "  \n\n \t\n", "WB002")]
    public void Empty_files_are_reported_and_the_rest_loads(string name, string text, string code)
    {
        var (corpus, problem) = LoadWithOneBadFile(name, Encoding.UTF8.GetBytes(text));
        Assert.Equal(code, problem.Code);
        Assert.Equal(name, problem.File);
        Assert.Single(corpus);
    }

    [Fact]
    public void A_binary_file_is_reported()
    {
        var (_, problem) = LoadWithOneBadFile("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        Assert.Equal("WB003", problem.Code);
        Assert.Equal(DiagnosticSeverity.Error, problem.Severity);
    }

    [Fact]
    public void Undecodable_text_is_reported_not_loaded_as_mojibake()
    {
        var bytes = Encoding.UTF8.GetBytes("Việt Nam và Hàn Quốc tăng cường hợp tác.").Concat(new byte[] { 0xC3, 0x28 }).ToArray();
        var (corpus, problem) = LoadWithOneBadFile("broken.txt", bytes);
        Assert.Equal("WB004", problem.Code);
        Assert.Single(corpus);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_reported()
    {
        var (_, problem) = LoadWithOneBadFile("big.txt", Encoding.UTF8.GetBytes(new string('x', 2000)), new CorpusOptions { MaxFileBytes = 1000 });
        Assert.Equal("WB005", problem.Code);
    }

    [Fact]
    public void A_guessed_legacy_encoding_is_a_warning_and_the_article_loads()
    {
        var bytes = Workbench.Text.TextDecoder.GetEncoding("windows-1252").GetBytes("Café talks\n\nThe naïve plan was dropped. Officials said so.");
        var (corpus, problem) = LoadWithOneBadFile("legacy.txt", bytes);
        Assert.Equal("WB009", problem.Code);
        Assert.Equal(DiagnosticSeverity.Warning, problem.Severity);
        Assert.Equal("windows-1252", corpus.Find("legacy")!.Encoding);
        Assert.Equal("Café talks", corpus.Find("legacy")!.Title);
    }

    [Fact]
    public void Mojibake_saved_as_utf8_is_flagged()
    {
        var (corpus, problem) = LoadWithOneBadFile("moji.txt", Encoding.UTF8.GetBytes("Viá»‡t Nam vÃ  HÃ n Quá»‘c tÄƒng cÆ°á»ng há»£p tÃ¡c."));
        Assert.Equal("WB014", problem.Code);
        Assert.Equal(2, corpus.Count);
    }

    [Fact]
    public void A_malformed_jsonl_line_is_reported_with_its_number_and_the_other_lines_load()
    {
        using var temp = new TempFolder();
        temp.Write("batch.jsonl", """
            {"id": "one", "text": "First article. It loads."}
            {"id": "two", "text": "Missing brace"
            ["not", "an", "object"]
            {"id": "four"}
            {"text": "No id here. Still loads."}
            {"id": "six", "text": "Bad date. Still loads.", "published": "yesterday"}
            """);
        var corpus = Workbench.Corpus.Corpus.Load(temp.Path);
        Assert.Equal(["one", "batch-5", "six"], corpus.Select(a => a.Id));
        Assert.Equal(
            [("WB006", 2), ("WB006", 3), ("WB007", 4), ("WB017", 5), ("WB016", 6)],
            corpus.Report.Diagnostics.Select(d => (d.Code, d.Line ?? 0)));
        Assert.All(corpus.Report.Diagnostics, d => Assert.Equal("batch.jsonl", d.File));
        Assert.Null(corpus.Find("six")!.Published);
    }

    [Fact]
    public void Html_without_text_is_reported()
    {
        var (_, problem) = LoadWithOneBadFile("empty.html", Encoding.UTF8.GetBytes("<html><head><script>x()</script></head><body><nav>Home</nav></body></html>"));
        Assert.Equal("WB010", problem.Code);
    }

    [Fact]
    public void Other_files_are_skipped_with_a_note()
    {
        var (corpus, problem) = LoadWithOneBadFile("notes.docx", [1, 2, 3]);
        Assert.Equal("WB008", problem.Code);
        Assert.Equal(DiagnosticSeverity.Info, problem.Severity);
        Assert.Equal(1, corpus.Report.Files);
    }

    [Fact]
    public void Duplicate_ids_are_reported_and_both_kept()
    {
        using var temp = new TempFolder();
        temp.Write("a.jsonl", """
            {"id": "x", "text": "One. Two."}
            {"id": "x", "text": "Three. Four."}
            """);
        var corpus = Workbench.Corpus.Corpus.Load(temp.Path);
        Assert.Equal(2, corpus.Count);
        Assert.Equal("WB012", Assert.Single(corpus.Report.Diagnostics).Code);
    }

    [Fact]
    public void A_missing_path_is_reported_not_thrown()
    {
        var corpus = Workbench.Corpus.Corpus.Load(Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid()));
        Assert.Empty(corpus);
        Assert.Equal("WB001", Assert.Single(corpus.Report.Diagnostics).Code);
    }

    [Fact]
    public void A_folder_without_articles_is_reported()
    {
        using var temp = new TempFolder();
        var corpus = Workbench.Corpus.Corpus.Load(temp.Path);
        Assert.Equal("WB018", Assert.Single(corpus.Report.Diagnostics).Code);
    }

    [Fact]
    public void A_page_of_nothing_but_chrome_keeps_an_empty_body_with_a_warning()
    {
        var (corpus, problem) = LoadWithOneBadFile("chrome.txt", Encoding.UTF8.GetBytes("Mời quý độc giả theo dõi VOV.VN trên\nNguồn: VOV\n"));
        Assert.Equal("WB013", problem.Code);
        Assert.Equal("", corpus.Find("chrome")!.Body);
    }
}
