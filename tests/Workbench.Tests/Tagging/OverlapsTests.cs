using Workbench.Knowledge;
using Workbench.Tagging;
using Workbench.Tagging.Matching;

namespace Workbench.Tests.Tags;

/// <summary>The overlap policies over hand-made matches: what each keeps, and that one call leaves nothing behind for
/// the next (the taken-characters buffer is reused).</summary>
public sealed class OverlapsTests
{
    private static AliasMatch Match(int start, int end, string id) =>
        new(start, end, new AliasEntry(KnowledgeLabels.Country, id, "en", id, Cased: false));

    private static readonly AliasMatch[] s_matches = [Match(0, 4, "a"), Match(2, 10, "b"), Match(8, 12, "c"), Match(12, 14, "d")];

    [Theory]
    [InlineData(OverlapPolicy.LongestFirst, "b,d")]
    [InlineData(OverlapPolicy.FirstWins, "a,c,d")]
    [InlineData(OverlapPolicy.KeepAll, "a,b,c,d")]
    public void A_policy_keeps_the_same_matches_call_after_call(OverlapPolicy policy, string kept)
    {
        for (var call = 0; call < 3; call++)
        {
            using var resolved = Overlaps.Resolve(s_matches, static _ => true, policy);
            Assert.Equal(kept, string.Join(",", resolved.Span.ToArray().Select(m => m.Entry.Id)));
        }
    }

    [Theory]
    [InlineData(OverlapPolicy.LongestFirst, "b,d")]
    [InlineData(OverlapPolicy.FirstWins, "a,c,d")]
    public void Matches_out_of_text_order_are_kept_as_in_order_and_come_back_by_start(OverlapPolicy policy, string kept)
    {
        using var resolved = Overlaps.Resolve([.. s_matches.Reverse()], static _ => true, policy);

        Assert.Equal(kept, string.Join(",", resolved.Span.ToArray().Select(m => m.Entry.Id)));
    }

    [Fact]
    public void A_call_over_a_later_range_is_not_blocked_by_an_earlier_call()
    {
        using (Overlaps.Resolve([Match(100, 200, "x")], static _ => true, OverlapPolicy.LongestFirst))
        {
        }
        using var resolved = Overlaps.Resolve([Match(150, 160, "y")], static _ => true, OverlapPolicy.LongestFirst);

        Assert.Equal("y", Assert.Single(resolved.Span.ToArray()).Entry.Id);
    }
}
