namespace Workbench.Tagging;

/// <summary>A span of text that names an entity: one row of the <c>Mentions</c> frame.</summary>
/// <param name="Article">The article id.</param>
/// <param name="Entity">The canonical entity id.</param>
/// <param name="Type">person, country, organization, place, date, rank or position.</param>
/// <param name="Surface">The text as written.</param>
/// <param name="Start">UTF-16 start offset in the body.</param>
/// <param name="End">End offset (exclusive).</param>
/// <param name="Sentence">The 0-based sentence index, or -1.</param>
public sealed record Mention(string Article, string Entity, string Type, string Surface, int Start, int End, int Sentence);

/// <summary>A canonical person, country, organisation, place, rank or position across the corpus: one row of <c>Entities</c>.</summary>
/// <param name="Id">The canonical id.</param>
/// <param name="Type">The entity type.</param>
/// <param name="Name">The display name (the accented form when one was seen).</param>
/// <param name="Key">The folded lower-case key names are matched by.</param>
/// <param name="Rank">For people: the rank most often given.</param>
/// <param name="Position">For people: the position most often given.</param>
/// <param name="Country">The ISO country.</param>
/// <param name="Articles">In how many articles it is mentioned.</param>
/// <param name="Mentions">How many mentions it has.</param>
public sealed record Entity(string Id, string Type, string Name, string Key, string? Rank, string? Position, string? Country, int Articles, int Mentions);

/// <summary>A reception, visit, talks, dialogue, handover or signing found in one sentence.</summary>
/// <param name="Article">The article id.</param>
/// <param name="Type">reception, visit, talks, dialogue, handover or signing.</param>
/// <param name="Date">ISO date ("2023-11-09"), partial date when the year is unknown ("--05-12"), or <see langword="null"/>.</param>
/// <param name="Year">The year when known.</param>
/// <param name="Place">The place's English name, or <see langword="null"/>.</param>
/// <param name="Participants">The participants' person ids.</param>
/// <param name="Countries">The participants' ISO countries.</param>
/// <param name="Sentence">The sentence the event was read from.</param>
/// <remarks>The tagger's events keep their sentence as a range of the article's body, not a copy of it: the sentences
/// of a corpus's events were a third of what its tags held. <see cref="Sentence"/> makes the text when asked; events
/// compare by that text.</remarks>
public sealed record Event(string Article, string Type, string? Date, int? Year, string? Place,
    IReadOnlyList<string> Participants, IReadOnlyList<string> Countries, string Sentence)
{
    private readonly BodyRange _sentence = BodyRange.Of(Sentence);

    /// <summary>An event whose sentence is <paramref name="sentence"/> of <paramref name="body"/>, read when asked.</summary>
    internal Event(string article, string type, string? date, int? year, string? place, IReadOnlyList<string> participants,
        IReadOnlyList<string> countries, string body, Text.TextSpan sentence)
        : this(article, type, date, year, place, participants, countries, "") =>
        _sentence = new BodyRange(body, sentence.Start, sentence.End - sentence.Start);

    /// <summary>The sentence the event was read from.</summary>
    public string Sentence
    {
        get => _sentence.Text;
        init => _sentence = BodyRange.Of(value);
    }
}

/// <summary>A range of a text, compared and hashed by the characters it covers.</summary>
/// <remarks>A whole text is kept as it is, null included (a record made with a null sentence gives null back).</remarks>
internal readonly struct BodyRange(string text, int start, int length) : IEquatable<BodyRange>
{
    public static BodyRange Of(string? text) => new(text!, 0, text?.Length ?? 0);

    public string Text => text is null || (start == 0 && length == text.Length) ? text! : text.Substring(start, length);

    private ReadOnlySpan<char> Chars => text.AsSpan(start, length);

    public bool Equals(BodyRange other) => Chars.SequenceEqual(other.Chars);

    public override bool Equals(object? obj) => obj is BodyRange other && Equals(other);

    public override int GetHashCode() => string.GetHashCode(Chars, StringComparison.Ordinal);
}

/// <summary>The topics one article names.</summary>
/// <param name="Article">The article id.</param>
/// <param name="Topics">Topic labels from the controlled vocabulary.</param>
public sealed record ArticleTopics(string Article, IReadOnlyList<string> Topics);
