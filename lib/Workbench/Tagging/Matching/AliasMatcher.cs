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
/// "Thái"). No allocation per character or per document: matches go into the caller's pooled list.
/// </summary>
internal sealed class AliasMatcher
{
    private readonly AliasTrie _trie;

    public AliasMatcher(IEnumerable<AliasEntry> entries)
    {
        var root = new TrieNode();
        foreach (var e in entries)
        {
            var key = MatchText.Normalize(e.Alias);
            if (key.Length > 0)
            {
                root.Add(key, e);
            }
        }
        _trie = new AliasTrie(root);
    }

    /// <summary>Adds every match in <paramref name="text"/> to <paramref name="found"/>, ordered by start.</summary>
    public void FindAll(string text, ReadOnlySpan<Token> tokens, PooledList<AliasMatch> found)
    {
        foreach (var t in tokens)
        {
            if (t.IsWord)
            {
                Walk(_trie, text, t.Start, t.IsCapitalized, found);
            }
        }
    }

    private static void Walk(AliasTrie trie, string source, int start, bool capitalized, PooledList<AliasMatch> found)
    {
        var node = AliasTrie.Root;
        var j = start;
        while (true)
        {
            if (trie.Entries(node) is { } entries && (j == source.Length || !char.IsLetterOrDigit(source[j])))
            {
                foreach (var e in entries)
                {
                    if (!e.Cased || capitalized == char.IsUpper(e.Alias[0]))
                    {
                        found.Add(new AliasMatch(start, TrimEnd(source, start, j), e));
                    }
                }
            }
            if (j >= source.Length)
            {
                return;
            }
            var c = MatchText.Map(source[j]);
            node = trie.Next(node, c);
            if (node < 0)
            {
                return;
            }
            j++;
            if (c == ' ')
            {
                while (j < source.Length && MatchText.Map(source[j]) == ' ')
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
