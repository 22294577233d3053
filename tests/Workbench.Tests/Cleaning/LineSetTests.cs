using Workbench.Cleaning;
using Workbench.Tests.Support;

namespace Workbench.Tests.CleaningTests;

/// <summary>The cleaner's set of seen lines answers exactly as a case-insensitive set of strings would.</summary>
public class LineSetTests
{
    [Fact]
    public void No_character_outside_ascii_equals_one_inside_it_ignoring_case()
    {
        // The hash reads only ASCII characters; this is what makes that exact.
        var ascii = Enumerable.Range(0, 0x80).Select(c => ((char)c).ToString()).ToArray();
        var equal = new List<string>();
        for (var c = 0x80; c <= char.MaxValue; c++)
        {
            var other = ((char)c).ToString();
            equal.AddRange(ascii.Where(a => string.Equals(a, other, StringComparison.OrdinalIgnoreCase)).Select(a => $"U+{c:X4} ~ {a}"));
        }
        Assert.Empty(equal);
    }

    [Theory]
    [InlineData("Hà Nội (VNA)", "HÀ NỘI (vna)")]
    [InlineData("Related news", "RELATED NEWS")]
    [InlineData("Đại tướng Phan Văn Giang", "đại tướng phan văn giang")]
    public void Lines_equal_ignoring_case_hash_alike(string a, string b)
    {
        Assert.Equal(a, b, ignoreCase: true);
        Assert.Equal(LineSet.Hash(a), LineSet.Hash(b));
    }

    [Fact]
    public void Long_lines_that_differ_only_in_the_middle_are_told_apart()
    {
        // The hash reads only the ends of a long line, so these collide; the comparison must still keep both.
        var head = "Minister of National Defence Gen. Phan Van Giang received ";
        var tail = " in Hanoi on November 9.";
        var text = string.Join('\n', head + "the Russian guest" + tail, head + "the Laotian guest" + tail, head.ToUpperInvariant() + "THE RUSSIAN GUEST" + tail);
        var lines = text.Split('\n');
        using var set = new LineSet(text.AsMemory());

        Assert.Equal(LineSet.Hash(lines[0]), LineSet.Hash(lines[1]));
        Assert.True(set.Add(0, lines[0].Length));
        Assert.True(set.Add(lines[0].Length + 1, lines[0].Length + 1 + lines[1].Length));
        Assert.False(set.Add(text.Length - lines[2].Length, text.Length));
    }

    [Fact]
    public void It_agrees_with_a_case_insensitive_string_set_on_every_seed_line()
    {
        // Each seed's lines, then the same lines upper-cased and lower-cased: the set must call the first copy new and
        // every later one a repeat, as HashSet<string>(OrdinalIgnoreCase) does; hundreds of lines also make it grow.
        var lines = Directory.GetFiles(RepoPaths.Articles).SelectMany(File.ReadLines).Where(l => l.Length > 0).ToList();
        var text = string.Join('\n', lines.Concat(lines.Select(l => l.ToUpperInvariant())).Concat(lines.Select(l => l.ToLowerInvariant())));
        var expected = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        using var set = new LineSet(text.AsMemory());
        var (start, added, agreed) = (0, 0, 0);
        foreach (var line in text.Split('\n'))
        {
            var isNew = set.Add(start, start + line.Length);
            added += isNew ? 1 : 0;
            agreed += isNew == expected.Add(line) ? 1 : 0;
            start += line.Length + 1;
        }
        Assert.Equal(3 * lines.Count, agreed);
        Assert.Equal(expected.Count, added);
        Assert.InRange(added, 50, lines.Count);
    }
}
