using System.Text.RegularExpressions;
using Workbench.Cleaning;

namespace Workbench.Tests.CleaningTests;

/// <summary>Only a pattern that can backtrack exponentially keeps the match timeout.</summary>
public class RuleBacktrackingTests
{
    [Theory]
    [InlineData("(a+)+b")]
    [InlineData("(?:a|ab)*c")]
    [InlineData("^(?:\\s+[\\p{L}]+){0,3}?x")]
    [InlineData("(?<w>\\w)\\k<w>")]
    [InlineData("(a)\\1")]
    [InlineData("((?:x|y)z)+")]
    [InlineData("(?:(?:a*)b)*")]
    [InlineData("(a[b]*)+")]
    [InlineData("(unclosed")]
    [InlineData("[unclosed")]
    [InlineData("(?#comment)a")]
    public void A_repeated_group_that_can_match_in_several_ways_is_risky(string pattern)
    {
        Assert.True(RuleBacktracking.IsRisky(pattern));
    }

    [Theory]
    [InlineData("^Mời (?:quý )?(?:độc giả|bạn đọc) (?:theo dõi|đón xem)\\b")]
    [InlineData("icon\\s+[\\w-]{0,30}icon\\s+[\\w-]{0,30}icon\\b")]
    [InlineData("(?<![\\p{L}\\p{N}])(?:Ảnh|Photo)\\s*:\\s*\\S.{0,60}$")]
    [InlineData("(?<=^|[.)!]\\s*)Ảnh\\s+\\p{Lu}[\\p{Lu}\\p{N}/&.-]{1,15}\\s*\\)?$")]
    [InlineData("^(?<H>\\d{1,2})[:h](?<M>\\d{2})(?:[T ](?<x>\\d{2}):(?<y>\\d{2}))?$")]
    [InlineData("^(?:a+)?b")]
    [InlineData("[(+*]+x")]
    [InlineData("\\(\\)+")]
    public void Sequences_options_and_bounded_repeats_are_not(string pattern)
    {
        Assert.False(RuleBacktracking.IsRisky(pattern));
    }

    [Fact]
    public void The_builtin_rules_run_on_every_line_without_the_clock()
    {
        Assert.All(CleaningKnowledge.BuiltIn.Chrome, rule => Assert.Equal(Regex.InfiniteMatchTimeout, rule.Pattern.MatchTimeout));
    }

    [Fact]
    public void A_risky_rule_keeps_its_timeout()
    {
        var risky = CleaningKnowledge.BuiltIn.Metadata.Where(r => RuleBacktracking.IsRisky(r.Pattern.ToString())).ToList();
        Assert.NotEmpty(risky);
        Assert.All(risky, rule => Assert.Equal(CleaningKnowledge.MatchTimeout, rule.Pattern.MatchTimeout));
    }
}
