using System.Collections.Frozen;
using Workbench.Tagging.Matching;

namespace Workbench.Knowledge;

/// <summary>The words of <c>title-words.tsv</c>, one set per kind: what a title chain reads besides the aliases it matches.</summary>
/// <param name="Titles">Capitalised words of titles and portfolios, not of names ("Affairs", "Defence").</param>
/// <param name="Connectors">Words a chain reads through ("of", "the", "'", "s").</param>
/// <param name="HostWords">Words before the country a title is held in ("to", "tại").</param>
/// <param name="NameSuffixes">Words that end a name with their dot ("Jr").</param>
internal sealed record TitleWords(WordSet Titles, WordSet Connectors, WordSet HostWords, WordSet NameSuffixes)
{
    public const string Title = "title";
    public const string Connector = "connector";
    public const string Host = "host";
    public const string NameSuffix = "name-suffix";

    /// <summary>The kinds a row of <c>title-words.tsv</c> may have.</summary>
    public static readonly IReadOnlyList<string> Kinds = [Title, Connector, Host, NameSuffix];
}

/// <summary>Single words looked up by the span of a token, case ignored. A chain asks about most tokens of an article, so
/// a look-up makes no substring.</summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(IEnumerable<string> words) =>
        _lookup = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    /// <summary>Whether the text of <paramref name="token"/> in <paramref name="text"/> is one of the words.</summary>
    public bool Contains(string text, Token token) => _lookup.Contains(text.AsSpan(token.Start, token.End - token.Start));
}
