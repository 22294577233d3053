using Workbench.Tests.CorpusTests;
using Workbench.Tests.Support;
using Workbench.Text;

namespace Workbench.Tests.CleaningTests;

public class SeedChromeTests
{
    [Theory]
    [InlineData("000", "Mời quý độc giả theo dõi VOV.VN trên")]
    [InlineData("000", "Related")]
    [InlineData("000", "Vietnam joins Defence & Security 2023 show in Thailand")]
    [InlineData("000", "A Vietnamese delegation led by Deputy Chief of the General Staff")]
    [InlineData("000", "Defence Ministry hopes for increased sharing")]
    [InlineData("001", "bookmark-bicon")]
    [InlineData("001", "date 2023-07-07")]
    [InlineData("001", "7 Jul, 2023 08:21")]
    [InlineData("001", "Vietnam makes pledge to Russia")]
    [InlineData("001", "Alexey Filippov/Sputnik")]
    [InlineData("001", "visits Russia, July 6")]
    [InlineData("002", "date 2023-11-09")]
    [InlineData("002", "/.")]
    [InlineData("003", "17/09/2021 16:32")]
    [InlineData("003", "Ảnh BQP")]
    [InlineData("003", "Nguồn: baochinhphu.vn")]
    [InlineData("003", "Cùng chuyên mục")]
    [InlineData("003", "Tin đọc nhiều")]
    [InlineData("003", "Kỳ họp lần thứ 5 Ủy ban hợp tác song phương")]
    [InlineData("003", "Ngày 24/4/2024, tại Nhà khách Chính phủ")]
    [InlineData("003", "Tuyên truyền các quy định về khai thác hải sản cho ngư dân")]
    [InlineData("003", "Việt Nam – Hàn Quốc tăng cường hợp tác về công nghiệp quốc phòng, an ninh biển")]
    [InlineData("004", "Ảnh: Vietnam+")]
    [InlineData("004", "Toàn cảnh buổi làm việc.")]
    [InlineData("004", "(trái), và Đô đốc")]
    public void Chrome_is_not_in_the_body(string id, string chrome)
    {
        Assert.DoesNotContain(chrome, SeedCorpus.Get(id).Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("000", "Minister of National Defence Gen. Phan Van Giang received Russian Minister of Emergency Situations Sen. Lt. Gen. Kurenkov Aleksandr Vyacheslavovich in Hanoi on November 9.")]
    [InlineData("000", "The Russian Ministry of Emergency Situations is ready to share specialised knowledge with and wishes to learn Vietnam’s experience in incident and natural disaster response, he went on, adding that it hopes to continue bilateral cooperation to help further intensify the two countries’ traditional friendship.")]
    [InlineData("001", "No matter what, bilateral ties will remain strong, the deputy defense minister has insisted")]
    [InlineData("001", "Vietnam is committed to preserving and developing cooperation with Russia regardless of changing international circumstances, Deputy Defense Minister Hoang Xuan Chien told senior Russian officials during his visit to Moscow this week.")]
    [InlineData("001", "“Whatever difficulties Russia faces, Vietnam always supports Russia,” the general told Russian Defense Minister Sergey Shoigu on Thursday.")]
    [InlineData("002", "Hanoi (VNA) – Prime Minister Pham Minh Chinh on November 9 affirmed that Vietnam always treasures its relations with Russia and remembers the wholeheartedly support the country has given to Vietnam during its national protection, construction and development.")]
    [InlineData("002", "He affirmed that his ministry will coordinate with Vietnamese ministries and agencies to implement areas of cooperation as proposed by the Prime Minister.")]
    [InlineData("003", "Chiều 16/9, tại Trụ sở Bộ Quốc phòng, Đại tướng Phan Văn Giang, Ủy viên Bộ Chính trị, Phó Bí thư Quân ủy Trung ương, Bộ trưởng Bộ Quốc phòng đã tiếp Thứ trưởng Quốc phòng Hàn Quốc Park Jae Min, nhân dịp sang tham dự Đối thoại Chính sách Quốc phòng Việt Nam - Hàn Quốc lần thứ 9 tại Việt Nam.")]
    [InlineData("003", "Đại tướng Phan Văn Giang trân trọng cảm ơn Chính phủ Hàn Quốc đã hỗ trợ Việt Nam các gói viện trợ (bao gồm tiền và thiết bị y tế), góp phần giúp Việt Nam sớm đẩy lùi dịch bệnh.")]
    [InlineData("003", "Nhân dịp này, Thứ trưởng Quốc phòng Hàn Quốc Park Jae Min gửi lời chia buồn sâu sắc tới Bộ Quốc phòng Việt Nam về việc Đại tướng Phùng Quang Thanh, nguyên Bộ trưởng Bộ Quốc phòng Việt Nam vừa từ trần.")]
    [InlineData("004", "Ngày 12-5, tại TP Vladivostok (Liên bang Nga), Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng, đã có buổi làm việc với Đô đốc Viktor Nikolayevich Liina, Tư lệnh Hạm đội Thái Bình Dương Liên bang Nga, theo Vietnam+.")]
    [InlineData("004", "Cùng dự có ông Mogilevskiy Konstantin Ilich, Thứ trưởng Bộ Khoa học và Đại học Liên bang Nga.")]
    [InlineData("004", "Chiều 11-5, tại TP Vladivostok, Liên bang Nga đã diễn ra lễ bàn giao tàu nghiên cứu khoa học \"Giáo sư Gagarinsky\" của Chính phủ Liên bang Nga tài trợ, chuyển giao cho Trung tâm Nhiệt đới Việt-Nga.")]
    public void Body_sentences_are_kept_whole(string id, string sentence)
    {
        Assert.Contains(sentence, SeedCorpus.SentenceTexts(SeedCorpus.Get(id)));
    }

    [Theory]
    [InlineData("000", 7, 8)]
    [InlineData("001", 8, 11)]
    [InlineData("002", 8, 9)]
    [InlineData("003", 11, 14)]
    [InlineData("004", 8, 10)]
    public void Each_seed_has_its_paragraphs_and_sentences(string id, int paragraphs, int sentences)
    {
        var a = SeedCorpus.Get(id);
        Assert.Equal(paragraphs, a.Paragraphs.Count);
        Assert.Equal(sentences, a.Sentences.Count);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Every_raw_line_is_either_in_the_body_or_among_the_removals(string id)
    {
        var a = SeedCorpus.Get(id);
        var raw = TextNormalizer.Normalize(File.ReadAllText(Path.Combine(RepoPaths.Articles, a.File)));
        foreach (var line in raw.Split('\n').Where(l => l.Length > 0))
        {
            if (a.Removed.Any(r => r.Text == line))
            {
                continue;
            }
            var rest = line;
            foreach (var r in a.Removed)
            {
                var piece = r.Text.Trim();
                if (rest.StartsWith(piece, StringComparison.Ordinal))
                {
                    rest = rest[piece.Length..].TrimStart();
                }
                else if (rest.EndsWith(piece, StringComparison.Ordinal))
                {
                    rest = rest[..^piece.Length].TrimEnd();
                }
            }
            Assert.True(a.Body.Contains(rest, StringComparison.Ordinal), $"lost: {line}");
        }
    }

    [Fact]
    public void Related_lists_become_headlines_once_each()
    {
        Assert.Equal(
            ["Vietnam joins Defence & Security 2023 show in Thailand", "Vietnam, Indonesia hold third defence policy dialogue"],
            SeedCorpus.Get("000").RelatedHeadlines);
        var vi = SeedCorpus.Get("003").RelatedHeadlines;
        Assert.Equal(vi.Count, vi.Distinct().Count());
        Assert.Contains("Trung Quốc và Việt Nam", vi);
        Assert.Contains("Chủ tịch Quốc hội Phần Lan ủng hộ lập trường, quan điểm của ASEAN và Việt Nam về vấn đề Biển Đông", vi);
        Assert.DoesNotContain(vi, h => h.EndsWith("...", StringComparison.Ordinal));
        Assert.Empty(SeedCorpus.Get("002").RelatedHeadlines);
    }

    [Theory]
    [InlineData("000", "follow-us", "Mời quý độc giả theo dõi VOV.VN trên")]
    [InlineData("001", "icon-run", null)]
    [InlineData("001", "caption", "Vietnamese Deputy Defense Minister Hoang Xuan Chien visits Russia, July 6 © Alexey Filippov/Sputnik")]
    [InlineData("001", "duplicate-headline", "Vietnam makes pledge to Russia")]
    [InlineData("002", "end-marker", "/.")]
    [InlineData("003", "source-line", "Nguồn: baochinhphu.vn")]
    [InlineData("003", "caption", null)]
    [InlineData("004", "caption", "Toàn cảnh buổi làm việc. Ảnh: Vietnam+")]
    public void Removals_are_classified(string id, string kind, string? text)
    {
        var removed = SeedCorpus.Get(id).Removed;
        Assert.Contains(removed, r => r.Kind == kind && (text is null || r.Text == text));
    }

    [Fact]
    public void The_end_marker_leaves_the_sentence_its_period()
    {
        var a = SeedCorpus.Get("002");
        Assert.EndsWith("proposed by the Prime Minister.", a.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("/.", a.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Spans_index_the_body()
    {
        foreach (var a in SeedCorpus.Corpus)
        {
            Assert.All(a.Sentences, s => Assert.Contains(a.Paragraphs, p => p.Contains(s)));
            Assert.All(a.Sentences, s => Assert.False(char.IsWhiteSpace(a.Body[s.Start]) || char.IsWhiteSpace(a.Body[s.End - 1])));
            Assert.Equal(a.Sentences.OrderBy(s => s.Start), a.Sentences);
        }
    }
}
