using Workbench.Knowledge;

namespace Workbench.Tagging.Matching;

/// <summary>
/// The alias trie (<see cref="TrieNode"/>) laid out flat for the walk from every word of every body: node numbers, each
/// node's edges side by side and sorted by character, and a table indexed by character for the root's children. A step
/// of the walk reads a few neighbouring array slots instead of chasing node objects, arrays and dictionaries; that walk
/// was a sixth of the tag stage.
/// </summary>
internal sealed class AliasTrie
{
    /// <summary>The root's node number.</summary>
    public const int Root = 0;

    // Every Latin letter, and Vietnamese's (Latin Extended Additional, up to U+1EFF): a word's first character is looked
    // up here in one read; any other goes to the root's sorted edges.
    private const int RootTableSize = 0x2000;

    // Up to this many edges a node is scanned; past it, binary searched.
    private const int ScanUpTo = 8;

    private readonly int[] _firstEdge;
    private readonly char[] _edgeChars;
    private readonly int[] _edgeTargets;
    private readonly AliasEntry[]?[] _entries;
    private readonly int[] _rootTable = new int[RootTableSize];

    public AliasTrie(TrieNode root)
    {
        // Breadth first, so that the nodes a walk visits one after another lie near each other.
        var nodes = new List<TrieNode> { root };
        for (var i = 0; i < nodes.Count; i++)
        {
            foreach (var (_, child) in nodes[i].Children)
            {
                nodes.Add(child);
            }
        }
        var numbers = new Dictionary<TrieNode, int>(nodes.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < nodes.Count; i++)
        {
            numbers[nodes[i]] = i;
        }
        _firstEdge = new int[nodes.Count + 1];
        _entries = new AliasEntry[]?[nodes.Count];
        var chars = new List<char>();
        var targets = new List<int>();
        for (var i = 0; i < nodes.Count; i++)
        {
            _firstEdge[i] = chars.Count;
            _entries[i] = nodes[i].Entries?.ToArray();
            foreach (var (c, child) in nodes[i].Children.OrderBy(p => p.Key))
            {
                chars.Add(c);
                targets.Add(numbers[child]);
            }
        }
        _firstEdge[nodes.Count] = chars.Count;
        _edgeChars = [.. chars];
        _edgeTargets = [.. targets];
        for (var e = _firstEdge[Root]; e < _firstEdge[Root + 1]; e++)
        {
            if (_edgeChars[e] < RootTableSize)
            {
                _rootTable[_edgeChars[e]] = _edgeTargets[e] + 1;
            }
        }
    }

    /// <summary>The aliases that end at <paramref name="node"/>, in the order they were added, or <see langword="null"/>.</summary>
    public AliasEntry[]? Entries(int node) => _entries[node];

    /// <summary>The child of <paramref name="node"/> along <paramref name="c"/> (a character of the match form), or -1.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public int Next(int node, char c)
    {
        if (node == Root && c < RootTableSize)
        {
            return _rootTable[c] - 1;
        }
        int lo = _firstEdge[node], hi = _firstEdge[node + 1];
        var chars = _edgeChars;
        if (hi - lo <= ScanUpTo)
        {
            for (var e = lo; e < hi; e++)
            {
                if (chars[e] == c)
                {
                    return _edgeTargets[e];
                }
            }
            return -1;
        }
        hi--;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (chars[mid] == c)
            {
                return _edgeTargets[mid];
            }
            if (chars[mid] < c)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return -1;
    }
}
