using Workbench.Tagging.Matching;

namespace Workbench.Tests.Tags;

/// <summary>The matching layer shared by the components: the match form of text, tokens and pooled buffers.</summary>
public class MatchingTests
{
    [Theory]
    [InlineData("Sen. Lt. Gen.", "sen lt gen")]
    [InlineData("Thượng   tướng", "thượng tướng")]
    [InlineData("Bộ Quốc phòng–Việt Nam", "bộ quốc phòng-việt nam")]
    [InlineData("Đại Tướng’s", "đại tướng's")]
    public void Aliases_normalise_to_the_match_form(string alias, string expected) =>
        Assert.Equal(expected, MatchText.Normalize(alias));

    [Fact]
    public void The_match_form_table_lowers_like_the_invariant_culture()
    {
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            if (c is '.' or '\n' or '\t' or '\r' or '\u00A0' or '–' or '—' or '‐' or '‑' or '’' or '‘')
            {
                continue;
            }
            Assert.Equal(char.ToLowerInvariant(c), MatchText.Map(c));
        }
    }

    [Fact]
    public void Tokens_are_words_and_single_punctuation_characters()
    {
        using var tokens = Tokenizer.Tokenize("Gen. Phan Văn Giang, 24/4");

        Assert.Equal(["Gen", ".", "Phan", "Văn", "Giang", ",", "24", "/", "4"],
            tokens.Span.ToArray().Select(t => "Gen. Phan Văn Giang, 24/4"[t.Start..t.End]));
    }

    [Fact]
    public void A_token_knows_whether_its_word_starts_with_a_capital_or_a_digit()
    {
        const string text = "Đại tướng Giang, ngày 9th (ĐẠI) x";
        using var tokens = Tokenizer.Tokenize(text);
        var found = tokens.Span.ToArray();

        Assert.Equal(["Đại", "Giang", "ĐẠI"], found.Where(t => t.IsCapitalized).Select(t => text[t.Start..t.End]));
        Assert.Equal(["9th"], found.Where(t => t.StartsWithDigit).Select(t => text[t.Start..t.End]));
        Assert.All(found.Where(t => !t.IsWord), t => Assert.False(t.IsCapitalized || t.StartsWithDigit));
    }

    [Fact]
    public void Every_character_is_a_word_part_white_space_or_punctuation_as_Unicode_says()
    {
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            var word = char.IsLetterOrDigit(c) || (c > '\u02FF' && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark);
            using var tokens = Tokenizer.Tokenize(c.ToString());

            if (!word && char.IsWhiteSpace(c))
            {
                Assert.Equal(0, tokens.Count);
            }
            else
            {
                Assert.Equal(word, Assert.Single(tokens.Span.ToArray()).IsWord);
            }
        }
    }

    [Fact]
    public void A_pooled_list_grows_past_its_first_buffer_and_keeps_every_item()
    {
        using var list = new PooledList<int>(1);

        for (var i = 0; i < 1000; i++)
        {
            list.Add(i);
        }

        Assert.Equal(Enumerable.Range(0, 1000), list.Span.ToArray());
    }
}
