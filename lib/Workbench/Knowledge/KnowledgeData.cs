namespace Workbench.Knowledge;

/// <summary>The facts of the knowledge files, indexed for the tagger.</summary>
internal sealed record KnowledgeData(
    IReadOnlyList<AliasEntry> Aliases,
    IReadOnlyDictionary<(string Type, string Id, string Country), string> Names,
    TitleWords TitleWords,
    DateWords DateWords,
    WordSet ListJoiners,
    Dictionary<string, string> Surnames,
    IReadOnlyList<string> PatronymicSuffixes,
    IReadOnlySet<string> SurnameFirstCountries,
    IReadOnlyList<DescriptionEntry> Descriptions,
    IReadOnlyDictionary<string, EventType> EventTypes,
    IReadOnlyList<string> Topics,
    MonthNames Months)
{
    /// <summary>The first alias row of each position id (its priority and whether it heads a body), looked up by the span
    /// of an id (a span's id without its <c>position:</c> prefix), without allocating.</summary>
    public Dictionary<string, AliasEntry>.AlternateLookup<ReadOnlySpan<char>> PositionLookup { get; } = Aliases
        .Where(a => a.Label == KnowledgeLabels.Position).DistinctBy(a => a.Id).ToDictionary(a => a.Id, StringComparer.Ordinal)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The prefix ("Former") of the first modifier row of each modifier span id (<c>modifier:former</c>).</summary>
    public IReadOnlyDictionary<string, string?> ModifierPrefixes { get; } = FirstBySpanId(Aliases, KnowledgeLabels.Modifier);

    /// <summary><see cref="Surnames"/> (keyed by folded surname, ordinal) looked up by the span of a folded word, without
    /// allocating.</summary>
    public Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> SurnameLookup { get; } = Surnames.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The descriptions, longest role first, with their roles split into words.</summary>
    public IReadOnlyList<(DescriptionEntry Entry, string[] Words)> DescriptionWords { get; } =
        [.. Descriptions.OrderByDescending(d => d.Role.Length).Select(d => (d, d.Role.Split(' ')))];

    private static Dictionary<string, string?> FirstBySpanId(IReadOnlyList<AliasEntry> aliases, string label)
    {
        var first = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var a in aliases)
        {
            if (a.Label == label)
            {
                first.TryAdd(a.SpanId, a.Extra);
            }
        }
        return first;
    }

    /// <summary>The English display name of <paramref name="id"/> for <paramref name="country"/>, else for any country.</summary>
    public string? Name(string type, string id, string? country = null) =>
        country is not null && Names.TryGetValue((type, id, country), out var n) ? n
        : Names.TryGetValue((type, id, "*"), out var any) ? any : null;
}

/// <summary>What event-types.tsv says of one event type.</summary>
/// <param name="MinParticipants">How many people an event of the type needs before it counts (a ceremony may name nobody).</param>
/// <param name="InviterTakesPart">Whether the host named after "at the invitation of" takes part: in talks they do, in the
/// visit they invited they do not (the visitor alone makes the visit).</param>
internal sealed record EventType(int MinParticipants, bool InviterTakesPart)
{
    /// <summary>A type event-types.tsv does not list: one person makes the event, and the inviter takes part (the
    /// defaults of the file's columns).</summary>
    public static EventType Default { get; } = new(1, InviterTakesPart: true);
}
