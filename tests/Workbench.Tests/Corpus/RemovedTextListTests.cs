using Workbench.Cleaning;
using Workbench.Corpus;

namespace Workbench.Tests.CorpusTests;

public class RemovedTextListTests
{
    [Fact]
    public void Pieces_read_back_in_order_with_their_kind_and_rule()
    {
        RemovedText[] pieces =
        [
            new("icon-run", "bookmark-bicon bookmarkicon", "icon:rt"),
            new("caption", "Ảnh: Vietnam+", "caption:photo"),
            new("icon-run", "", "icon:rt"),
            new("related-headline", "Vietnam, Indonesia hold third defence policy dialogue", "related:vov"),
        ];
        using var builder = new RemovedTextList.Builder(4);
        builder.AddRange(pieces);
        var list = builder.Build();

        Assert.Equal(pieces, list);
        Assert.Equal(4, list.Count);
        Assert.Equal("caption", list.KindOf(1));
        Assert.Equal("Ảnh: Vietnam+", list.TextOf(1));
        Assert.Equal(list.Sum(r => r.Text.Length), list.TextLength);
        Assert.Equal(list.TextLength, RemovedTextList.TextLengthOf(list));
        Assert.Equal(list.TextLength, RemovedTextList.TextLengthOf([.. list]));
        Assert.Equal(["icon-run", "caption", "icon-run", "related-headline"], RemovedTextList.KindsOf(list));
        Assert.Equal(RemovedTextList.KindsOf(list), RemovedTextList.KindsOf([.. list]));
    }

    [Fact]
    public void A_builder_with_nothing_added_gives_the_empty_list()
    {
        using var builder = new RemovedTextList.Builder(16);
        var list = builder.Build();
        Assert.Same(RemovedTextList.Empty, list);
        Assert.Empty(list);
        Assert.Equal(0, list.TextLength);
    }

    [Fact]
    public void Pieces_beyond_ascii_read_back_whole_even_when_a_surrogate_pair_meets_a_lone_surrogate_at_a_border()
    {
        // The text is kept in UTF-8 and each piece is encoded on its own: a high surrogate ending one piece must not join
        // a low surrogate starting the next (whole-buffer encoding would make them one four-byte character).
        using var builder = new RemovedTextList.Builder(4);
        builder.Add("caption", "Đại tướng Phan Văn Giang 🎖", "caption:photo");
        builder.Add("chrome", "\uD83C", "chrome:a");
        builder.Add("chrome", "\uDF96 Chia sẻ", "chrome:b");
        var list = builder.Build();

        Assert.Equal(["Đại tướng Phan Văn Giang 🎖", "\uFFFD", "\uFFFD Chia sẻ"], list.Select(p => p.Text));
        Assert.Equal("Đại tướng Phan Văn Giang 🎖", list.TextOf(0));
        Assert.Equal("Đại tướng Phan Văn Giang 🎖".Length + 1 + "\uDF96 Chia sẻ".Length, list.TextLength);
    }

    [Fact]
    public void Text_a_reader_removed_comes_first_and_related_headlines_are_kept_once_ignoring_case()
    {
        var text = """
            Vietnam makes pledge to Russia
            Defence ministers met in Hanoi on Monday.
            Related
            Vietnam joins Defence & Security 2023 show in Thailand
            VIETNAM JOINS DEFENCE & SECURITY 2023 SHOW IN THAILAND
            Vietnam, Indonesia hold third defence policy dialogue
            """;
        var raw = new RawArticle("a", "a.html", text, "utf-8") { Removed = [new RemovedText("page-nav", "Home | World", "html:nav")] };

        var article = ArticleCleaner.Clean(raw, CleaningKnowledge.BuiltIn);

        Assert.Equal(new RemovedText("page-nav", "Home | World", "html:nav"), article.Removed[0]);
        Assert.Equal(
            ["Vietnam joins Defence & Security 2023 show in Thailand", "Vietnam, Indonesia hold third defence policy dialogue"],
            article.RelatedHeadlines);
        Assert.Equal(3, article.Removed.Count(r => r.Kind == "related-headline"));
        Assert.Equal("Defence ministers met in Hanoi on Monday.", article.Body);
    }
}
