namespace Workbench.Tagging;

/// <summary>
/// One string per distinct value for one tagging run (spaCy's StringStore idea): the ids, names and dates the
/// components make from the text repeat across a corpus ("date:2023-11-09", "person:phan-van-giang", "Phan Văn
/// Giang"), and the tagged corpus keeps every one of them, so a value seen before is looked up, not stored again.
/// </summary>
/// <remarks>Used by one thread at a time and dropped with what made it: one per tagging run (a
/// <see cref="Tagger.Tag(IEnumerable{Corpus.Article}, TaggerOptions?, CancellationToken)"/> call, or one article tagged
/// alone), and one per corpus table that keeps surfaces. Nothing is kept between runs.</remarks>
internal sealed class StringTable
{
    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _personIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string First, string Last)> _nameEnds = new(StringComparer.Ordinal);

    /// <summary>The one string equal to <paramref name="text"/>, made on first sight.</summary>
    public string Get(ReadOnlySpan<char> text)
    {
        var lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(text, out var s))
        {
            s = text.ToString();
            _strings.Add(s);
        }
        return s;
    }

    /// <summary>The one string equal to <paramref name="prefix"/> followed by <paramref name="rest"/>.</summary>
    public string Get(string prefix, ReadOnlySpan<char> rest)
    {
        var length = prefix.Length + rest.Length;
        Span<char> buffer = length <= 256 ? stackalloc char[length] : new char[length];
        prefix.CopyTo(buffer);
        rest.CopyTo(buffer[prefix.Length..]);
        return Get(buffer);
    }

    /// <summary>The person id of a name as written (<c>person:</c> and the folded name), computed once per spelling.</summary>
    public string PersonId(string written, Func<string, string> idOf)
    {
        if (!_personIds.TryGetValue(written, out var id))
        {
            _personIds.Add(written, id = Get(idOf(written)));
        }
        return id;
    }

    /// <summary>The first and last word of a name (split at spaces), computed once per spelling: coreference asks for
    /// every person of every article.</summary>
    public (string First, string Last) NameEnds(string name)
    {
        if (!_nameEnds.TryGetValue(name, out var ends))
        {
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            _nameEnds.Add(name, ends = (words[0], words[^1]));
        }
        return ends;
    }
}
