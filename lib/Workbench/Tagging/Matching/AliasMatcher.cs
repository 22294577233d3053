using Workbench.Knowledge;

namespace Workbench.Tagging.Matching;

/// <summary>An alias found in a text: where, and which knowledge row it is.</summary>
internal readonly record struct AliasMatch(int Start, int End, AliasEntry Entry)
{
    public int Length => End - Start;
}

/// <summary>
/// Finds every knowledge alias in a text in one pass: a character trie walked from each word start over the text's
/// match form (<see cref="MatchText"/>), whole words only, any case, accents kept (thăm is not tham, "Thai" is not
/// "Thái"). No allocation per character; one list entry per match.
/// </summary>
internal sealed class AliasMatcher
{
    private readonly TrieNode _root = new();

    public AliasMatcher(IEnumerable<AliasEntry> entries)
    {
        foreach (var e in entries)
        {
            var key = MatchText.Normalize(e.Alias);
            if (key.Length > 0)
            {
                _root.Add(key, e);
            }
        }
    }

    /// <summary>Every match in <paramref name="text"/>, ordered by start.</summary>
    public List<AliasMatch> FindAll(MatchText text, Token[] tokens)
    {
        var found = new List<AliasMatch>(Math.Max(16, tokens.Length / 8));
        foreach (var t in tokens)
        {
            if (t.IsWord)
            {
                Walk(_root, text.Lowered, text.Original, t.Start, found);
            }
        }
        return found;
    }

    private static void Walk(TrieNode root, string mapped, string source, int start, List<AliasMatch> found)
    {
        var node = root;
        var j = start;
        while (true)
        {
            if (node.Entries is { } entries && (j == source.Length || !char.IsLetterOrDigit(source[j])))
            {
                foreach (var e in entries)
                {
                    if (!e.Cased || char.IsUpper(source[start]) == char.IsUpper(e.Alias[0]))
                    {
                        found.Add(new AliasMatch(start, TrimEnd(source, start, j), e));
                    }
                }
            }
            if (j >= mapped.Length || node.Next(mapped[j]) is not { } next)
            {
                return;
            }
            node = next;
            j++;
            if (mapped[j - 1] == ' ')
            {
                while (j < mapped.Length && mapped[j] == ' ')
                {
                    j++;
                }
            }
        }
    }

    private static int TrimEnd(string source, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(source[end - 1]))
        {
            end--;
        }
        return end;
    }
}
