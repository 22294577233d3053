using Workbench.Tagging;

namespace Workbench.Tests.Tags;

/// <summary>The document's spans while it is tagged: merged in place in text order, ties kept as a sort would leave them.</summary>
public sealed class SpanListTests
{
    private static Span S(int start, int end, string id) => new(start, end, "country", id, "test");

    private static string Ids(SpanList spans) => string.Join(",", spans.Items.ToArray().Select(s => s.Id));

    [Fact]
    public void A_merge_keeps_text_order_and_puts_a_tied_span_after_the_one_there_first()
    {
        using var spans = new SpanList();
        spans.Merge([S(0, 4, "a"), S(10, 12, "c")]);

        spans.Merge([S(0, 6, "long"), S(10, 12, "tie"), S(20, 21, "d")]);

        Assert.Equal("long,a,c,tie,d", Ids(spans));
    }

    [Fact]
    public void A_run_out_of_order_is_sorted_before_it_is_merged()
    {
        using var spans = new SpanList();

        spans.Merge([S(8, 9, "b"), S(0, 1, "a")]);

        Assert.Equal("a,b", Ids(spans));
        Assert.True(spans.Touched);
    }

    [Fact]
    public void A_replacement_drops_overlapped_spans_and_orders_ties_as_one_sort_of_the_whole_would()
    {
        using var spans = new SpanList();
        var existing = Enumerable.Range(0, 40).Select(i => S(i / 3 * 10, i / 3 * 10 + 2, "e" + i)).ToList();
        spans.Merge([.. existing]);
        Span[] removed = [S(100, 105, "p")];
        Span[] added = [S(100, 105, "p"), S(0, 2, "tie"), S(50, 52, "tie2")];
        var expected = existing.Where(s => s.End <= 100 || s.Start >= 105).Concat(added).ToList();
        expected.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));

        spans.Replace(removed, added);

        Assert.Equal(string.Join(",", expected.Select(s => s.Id)), Ids(spans));
    }

    [Fact]
    public void A_replacement_without_ties_is_the_one_order_there_is()
    {
        using var spans = new SpanList();
        spans.Merge([S(0, 4, "a"), S(5, 9, "b"), S(20, 24, "c")]);

        spans.Replace([S(5, 9, "p")], [S(5, 9, "p"), S(0, 5, "title")]);

        Assert.Equal("title,a,p,c", Ids(spans));
    }
}
