using System.Text;
using Workbench.Corpus;
using Workbench.Text;
using Workbench.Tests.Support;
using Workbench.Testing;

namespace Workbench.Tests.CorpusTests;

public class InputKindsTests
{
    private const string VietnameseArticle = "Hợp tác quốc phòng Việt Nam – Nga\n\nNgày 12-5, tại TP. Vladivostok, Thượng tướng Hoàng Xuân Chiến đã làm việc với Đô đốc Viktor Liina. Hai bên nhất trí tăng cường hợp tác.\n";

    [Fact]
    public void A_single_file_loads_like_a_folder()
    {
        var corpus = Workbench.Corpus.Corpus.Load(Path.Combine(RepoPaths.Articles, "002_99545be96145849b.txt"));
        var a = Assert.Single(corpus);
        Assert.Equal("002_99545be96145849b", a.Id);
        Assert.Equal("002_99545be96145849b.txt", a.File);
        Assert.Equal("VNA", a.Outlet);
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("windows-1258")]
    public void Vietnamese_text_reads_the_same_in_every_encoding(string encoding)
    {
        using var temp = new TempFolder();
        var bytes = encoding switch
        {
            "utf-8-bom" => Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(VietnameseArticle)).ToArray(),
            "utf-16le" => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(VietnameseArticle)).ToArray(),
            "utf-16be" => Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(VietnameseArticle)).ToArray(),
            _ => Windows1258.Encode(VietnameseArticle),
        };
        temp.Write("a.txt", bytes);
        var a = Assert.Single(Workbench.Corpus.Corpus.Load(temp.Path));
        Assert.Equal("Hợp tác quốc phòng Việt Nam – Nga", a.Title);
        Assert.Equal("vi", a.Language);
        Assert.Equal(2, a.Sentences.Count);
        Assert.StartsWith("Ngày 12-5, tại TP. Vladivostok", a.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_encoding_option_names_a_legacy_code_page()
    {
        using var temp = new TempFolder();
        temp.Write("a.txt", Windows1258.Encode(VietnameseArticle));
        var corpus = Workbench.Corpus.Corpus.Load(temp.Path, new CorpusOptions { Encoding = CorpusOptions.EncodingNamed("windows-1258") });
        Assert.Equal("windows-1258", Assert.Single(corpus).Encoding);
        Assert.Empty(corpus.Report.Diagnostics);
    }

    [Fact]
    public void Jsonl_lines_become_articles_with_their_fields()
    {
        using var temp = new TempFolder();
        temp.Write("batch.jsonl", """
            {"id": "a1", "title": "Vietnam, Laos hold talks", "text": "Vietnam, Laos hold talks\n\nVIENTIANE – Gen. Phan Van Giang met his Lao counterpart. They signed a plan.", "published": "2024-03-05", "url": "https://en.vietnamplus.vn/x", "language": "en"}
            {"id": "a2", "text": "Đại tướng Phan Văn Giang tiếp Bộ trưởng. Hai bên nhất trí.", "outlet": "TTXVN", "published": "2024-03-06T09:15:00+07:00"}
            """);
        var corpus = Workbench.Corpus.Corpus.Load(temp.Path);
        Assert.Empty(corpus.Report.Diagnostics);
        var a1 = corpus.Find("a1")!;
        Assert.Equal("Vietnam, Laos hold talks", a1.Title);
        Assert.Equal(new DateOnly(2024, 3, 5), a1.Published);
        Assert.Equal("Vietnam+", a1.Outlet);
        Assert.Equal("VIENTIANE", a1.Dateline);
        Assert.DoesNotContain("hold talks", a1.Body, StringComparison.Ordinal);
        Assert.Contains(a1.Provenance, p => p is { Field: "title", Rule: "jsonl:title" });
        var a2 = corpus.Find("a2")!;
        Assert.Equal("VNA", a2.Outlet);
        Assert.Equal("vi", a2.Language);
        Assert.Equal(new TimeOnly(9, 15), a2.PublishedTime);
        Assert.Null(a2.Title);
        Assert.Equal("batch.jsonl", a2.File);
    }

    [Fact]
    public void Html_pages_lose_scripts_and_navigation_and_keep_their_metadata()
    {
        using var temp = new TempFolder();
        temp.Write("page.html", """
            <!doctype html><html lang="en"><head><title>Vietnam, Japan talk defence | VOV</title>
            <meta property="og:site_name" content="VOV.VN"><meta property="article:published_time" content="2024-02-01T10:30:00+07:00">
            <script>var tracking = "Gen. Smith";</script><style>p { color: red }</style></head>
            <body><header>VOV World | Home | Politics</header><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>Vietnam, Japan talk defence</h1>
            <p>Deputy Minister Sen. Lt. Gen. Hoang Xuan Chien met Japanese officials in Tokyo. They agreed to expand training.</p>
            <figure><img src="x.jpg"><figcaption>The talks in Tokyo. Photo: VOV</figcaption></figure>
            <p>Both sides praised <b>defence industry</b> cooperation.</p></article>
            <footer>© VOV 2024. All rights reserved.</footer></body></html>
            """);
        var corpus = Workbench.Corpus.Corpus.Load(temp.Path);
        var a = Assert.Single(corpus);
        Assert.Empty(corpus.Report.Diagnostics);
        Assert.Equal("Vietnam, Japan talk defence", a.Title);
        Assert.Equal(new DateOnly(2024, 2, 1), a.Published);
        Assert.Equal("VOV", a.Outlet);
        Assert.Equal("en", a.Language);
        Assert.Equal(3, a.Sentences.Count);
        Assert.Contains("Both sides praised defence industry cooperation.", SeedCorpus.SentenceTexts(a));
        foreach (var chrome in new[] { "tracking", "color", "Home", "Politics", "All rights", "Photo: VOV", "talk defence" })
        {
            Assert.DoesNotContain(chrome, a.Body, StringComparison.Ordinal);
        }
        Assert.Contains(a.Removed, r => r.Kind == "caption" && r.Text.Contains("Tokyo", StringComparison.Ordinal));
        Assert.Contains(a.Removed, r => r.Kind == "page-nav");
    }

    [Fact]
    public void Html_takes_the_title_from_the_article_not_a_logo_and_honours_a_declared_charset()
    {
        using var temp = new TempFolder();
        var page = """
            <html><head><meta charset="windows-1258"><meta property="og:title" content="Hợp tác quốc phòng Việt – Nga">
            <meta name="pubdate" content="2024-05-12"></head>
            <body><header><h1>Báo Mẫu</h1></header><main><p>Ngày 12-5, Thượng tướng Hoàng Xuân Chiến đã làm việc tại TP. Vladivostok. Hai bên nhất trí.</p>
            <p>Toàn cảnh buổi làm việc. Ảnh: Vietnam+</p></main></body></html>
            """;
        temp.Write("vi.htm", Windows1258.Encode(page));
        var corpus = Workbench.Corpus.Corpus.Load(temp.Path);
        var a = Assert.Single(corpus);
        Assert.Empty(corpus.Report.Diagnostics);
        Assert.Equal("windows-1258", a.Encoding);
        Assert.Equal("Hợp tác quốc phòng Việt – Nga", a.Title);
        Assert.Contains(a.Provenance, p => p is { Field: "title", Rule: "html:og:title" });
        Assert.Equal(new DateOnly(2024, 5, 12), a.Published);
        Assert.Equal("vi", a.Language);
        Assert.Equal("Vietnam+", a.Outlet);
        Assert.Equal(["Ngày 12-5, Thượng tướng Hoàng Xuân Chiến đã làm việc tại TP. Vladivostok.", "Hai bên nhất trí."], SeedCorpus.SentenceTexts(a));
    }

    [Fact]
    public async Task Streaming_yields_the_same_articles_in_order()
    {
        var streamed = new List<Article>();
        var problems = new List<Workbench.Diagnostics.Diagnostic>();
        await foreach (var a in Workbench.Corpus.Corpus.StreamAsync(RepoPaths.Articles, onDiagnostic: problems.Add))
        {
            streamed.Add(a);
        }
        Assert.Equal(SeedCorpus.Corpus.Select(a => a.Id), streamed.Select(a => a.Id));
        Assert.Equal(SeedCorpus.Corpus.Select(a => a.Body), streamed.Select(a => a.Body));
        Assert.Empty(problems);
    }

    [Fact]
    public void Progress_is_reported_per_file()
    {
        var seen = new List<LoadProgress>();
        Workbench.Corpus.Corpus.Load(RepoPaths.Articles, new CorpusOptions { Progress = new SyncProgress(seen.Add), MaxDegreeOfParallelism = 1 });
        Assert.Equal(5, seen.Count);
        Assert.Equal(5, seen[^1].FilesDone);
        Assert.Equal(seen[^1].BytesTotal, seen[^1].BytesDone);
    }

    private sealed class SyncProgress(Action<LoadProgress> action) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value)
        {
            lock (this)
            {
                action(value);
            }
        }
    }
}
