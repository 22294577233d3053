using System.Text.RegularExpressions;
using Workbench.Cleaning;

namespace Workbench.Tests.CleaningTests;

/// <summary>The first-character filter spares lines the regex only when the pattern leaves no doubt.</summary>
public class RuleFirstCharsTests
{
    [Theory]
    [InlineData("^Mời (?:quý )?độc giả", "M")]
    [InlineData("^(?:Share|Share this|Chia sẻ|Tweet)\\s*:?$", "SCT")]
    [InlineData("^(?:Nguồn|Source|Theo)\\s*:\\s*(?<outlet>a|b)$", "NST")]
    [InlineData("^date\\s+(?<y>\\d{4})", "d")]
    [InlineData("^a+b", "a")]
    public void A_plain_anchored_pattern_names_its_first_characters(string pattern, string expected)
    {
        Assert.Equal(expected, RuleFirstChars.Of(pattern));
    }

    [Theory]
    [InlineData("icon\\s+icon")] // not anchored
    [InlineData("^a|b")] // the second branch is not anchored
    [InlineData("^(?:a|b)c|d")]
    [InlineData("^\\.?/\\.$")] // an escape first
    [InlineData("^a?b")] // an optional first letter
    [InlineData("^(?:a|b)?c")] // an optional group
    [InlineData("^(?:a|)c")] // an empty alternative
    [InlineData("^(?:(?:x|y)z|b)")] // a nested group first
    [InlineData("^(?i:share)")] // inline options
    [InlineData("^[Ss]hare")] // a class
    [InlineData("^\\p{Lu}x")]
    [InlineData("^(?:a|[|]b)")]
    public void Anything_less_plain_gives_no_filter(string pattern)
    {
        Assert.Null(RuleFirstChars.Of(pattern));
    }

    [Fact]
    public void The_filter_never_rejects_a_line_the_pattern_matches()
    {
        string[] patterns = ["^(?:Share|Chia sẻ|Tweet)\\s*:?$", "^Mời (?:quý )?độc giả", "^(?:Follow|Join) (?:us|our .{1,30}) on X\\b", "^a+b"];
        string[] lines = ["Share", "Chia sẻ:", "Tweet :", "Mời quý độc giả", "Follow us on X", "Join our team now on X", "aab", "xShare", " Share", "share", "b", ""];
        foreach (var pattern in patterns)
        {
            var first = RuleFirstChars.Of(pattern);
            Assert.NotNull(first);
            foreach (var line in lines)
            {
                if (Regex.IsMatch(line, pattern))
                {
                    Assert.Contains(line[0], first);
                }
            }
        }
    }

    [Fact]
    public void Every_seed_rule_that_gets_a_filter_agrees_with_its_regex_on_the_seed_lines()
    {
        var knowledge = CleaningKnowledge.Load(Workbench.Tests.Support.RepoPaths.Knowledge);
        var lines = Directory.GetFiles(Workbench.Tests.Support.RepoPaths.Articles)
            .SelectMany(f => Workbench.Text.TextNormalizer.Normalize(File.ReadAllText(f)).Split('\n')).ToArray();
        var filtered = 0;
        foreach (var rule in knowledge.Chrome.Concat(knowledge.Metadata))
        {
            if (rule.FirstChars is not { } first)
            {
                continue;
            }
            filtered++;
            foreach (var line in lines.Where(l => rule.Pattern.IsMatch(l)))
            {
                Assert.Contains(line[0], first);
            }
        }
        Assert.True(filtered >= 5, "the seed rules should include plain anchored patterns");
    }
}
