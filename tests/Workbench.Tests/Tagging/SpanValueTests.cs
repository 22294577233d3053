using System.Runtime.CompilerServices;
using Workbench.Tagging;

namespace Workbench.Tests.Tags;

/// <summary>A span is a value: its label and rule, kept as numbers of a shared table, read back as given, and it
/// compares, copies, changes (<c>with</c>) and deconstructs like the positional record it was.</summary>
public class SpanValueTests
{
    [Fact]
    public void A_span_reads_back_what_it_was_made_of_and_compares_by_value()
    {
        var label = new string("a label no component uses".AsSpan());
        var span = new Span(3, 9, label, "place:hanoi", "gazetteer", "VN");

        var (start, end, readLabel, id, rule, country) = span;
        Assert.Equal((3, 9, label, "place:hanoi", "gazetteer", "VN"), (start, end, readLabel, id, rule, country));
        Assert.Equal(new Span(3, 9, "a label no component uses", "place:hanoi", "gazetteer", "VN"), span);
        Assert.NotEqual(span with { Rule = "short-ref" }, span);
        Assert.Equal("short-ref", (span with { Rule = "short-ref" }).Rule);
        Assert.Equal("Span { Start = 3, End = 9, Label = a label no component uses, Id = place:hanoi, Rule = gazetteer, Country = VN }", span.ToString());
    }

    [Fact]
    public void The_default_span_has_no_label_and_a_span_is_four_words_of_memory()
    {
        Assert.Null(default(Span).Label);
        Assert.Null(default(Span).Rule);
        Assert.Equal(32, Unsafe.SizeOf<Span>());
    }
}
