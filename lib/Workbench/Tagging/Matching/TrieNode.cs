using Workbench.Knowledge;

namespace Workbench.Tagging.Matching;

/// <summary>A node of the alias trie as it is built: children by character, and the aliases that end here. The walk
/// runs over its flat form, <see cref="AliasTrie"/>.</summary>
internal sealed class TrieNode
{
    private const int DenseFrom = 8;
    private char[] _keys = [];
    private TrieNode[] _children = [];
    private Dictionary<char, TrieNode>? _dense;

    public List<AliasEntry>? Entries { get; private set; }

    /// <summary>The children, by character, in the order they were added.</summary>
    public IEnumerable<KeyValuePair<char, TrieNode>> Children => _keys.Zip(_children, KeyValuePair.Create);

    public TrieNode? Next(char c)
    {
        if (_dense is not null)
        {
            return _dense.GetValueOrDefault(c);
        }
        var keys = _keys;
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] == c)
            {
                return _children[i];
            }
        }
        return null;
    }

    public void Add(string key, AliasEntry entry)
    {
        var node = this;
        foreach (var c in key)
        {
            var next = node.Next(c);
            if (next is null)
            {
                next = new TrieNode();
                node._keys = [.. node._keys, c];
                node._children = [.. node._children, next];
                if (node._keys.Length >= DenseFrom)
                {
                    node._dense = node._keys.Zip(node._children).ToDictionary(p => p.First, p => p.Second);
                }
            }
            node = next;
        }
        (node.Entries ??= []).Add(entry);
    }
}
