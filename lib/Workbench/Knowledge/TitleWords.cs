using System.Collections.Frozen;
using Workbench.Tagging.Matching;

namespace Workbench.Knowledge;

/// <summary>The words of <c>title-words.tsv</c>, one set per kind: what a title chain reads besides the aliases it matches.</summary>
/// <param name="Titles">Capitalised words of titles and portfolios, not of names ("Affairs", "Defence").</param>
/// <param name="Connectors">Words a chain reads through ("of", "the", "'", "s").</param>
/// <param name="HostWords">Words before the country a title is held in ("to", "tại").</param>
/// <param name="NameSuffixes">Words that end a name with their dot ("Jr").</param>
/// <param name="Articles">Words read through before a description or a host's country ("the Russian minister",
/// "Ambassador to the Philippines").</param>
internal sealed record TitleWords(WordSet Titles, WordSet Connectors, WordSet HostWords, WordSet NameSuffixes, WordSet Articles)
{
    public const string Title = "title";
    public const string Connector = "connector";
    public const string Host = "host";
    public const string NameSuffix = "name-suffix";
    public const string Article = "article";

    /// <summary>The kinds a row of <c>title-words.tsv</c> may have.</summary>
    public static readonly IReadOnlyList<string> Kinds = [Title, Connector, Host, NameSuffix, Article];
}

/// <summary>Single words looked up by the span of a token, case ignored. A chain asks about most tokens of an article, so
/// a look-up makes no substring, and a word of another length or first letter is turned away before it is hashed.</summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int _minLength = int.MaxValue;
    private readonly int _maxLength;

    // Whether a word starts with the ASCII character c, in either case; a word starting beyond ASCII sets _other.
    private readonly bool[] _firstAscii = new bool[128];
    private readonly bool _other;

    public WordSet(IEnumerable<string> words)
    {
        var set = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        foreach (var w in set)
        {
            (_minLength, _maxLength) = (Math.Min(_minLength, w.Length), Math.Max(_maxLength, w.Length));
            if (w.Length > 0 && char.IsAscii(w[0]))
            {
                _firstAscii[char.ToLowerInvariant(w[0])] = _firstAscii[char.ToUpperInvariant(w[0])] = true;
            }
            else
            {
                _other = true;
            }
        }
        _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Contains(ReadOnlySpan<char> word) =>
        !word.IsEmpty && word.Length >= _minLength && word.Length <= _maxLength
        && (word[0] < 128 ? _firstAscii[word[0]] : _other)
        && _lookup.Contains(word);

    /// <summary>Whether the text of <paramref name="token"/> in <paramref name="text"/> is one of the words.</summary>
    public bool Contains(string text, Token token) => Contains(text.AsSpan(token.Start, token.End - token.Start));
}
