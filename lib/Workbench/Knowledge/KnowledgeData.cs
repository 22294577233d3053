namespace Workbench.Knowledge;

/// <summary>The facts of the knowledge files, indexed for the tagger.</summary>
internal sealed record KnowledgeData(
    IReadOnlyList<AliasEntry> Aliases,
    IReadOnlyDictionary<(string Type, string Id, string Country), string> Names,
    TitleWords TitleWords,
    IReadOnlyDictionary<string, string> Surnames,
    IReadOnlyList<string> PatronymicSuffixes,
    IReadOnlyList<DescriptionEntry> Descriptions,
    IReadOnlyDictionary<string, int> EventTypes,
    IReadOnlyList<string> Topics,
    Dictionary<string, int> Months)
{
    /// <summary>The first alias row of each position id: its priority and whether it heads a body.</summary>
    public IReadOnlyDictionary<string, AliasEntry> Positions { get; } = Aliases
        .Where(a => a.Label == KnowledgeLabels.Position).DistinctBy(a => a.Id).ToDictionary(a => a.Id, StringComparer.Ordinal);

    /// <summary>The descriptions, longest role first, with their roles split into words.</summary>
    public IReadOnlyList<(DescriptionEntry Entry, string[] Words)> DescriptionWords { get; } =
        [.. Descriptions.OrderByDescending(d => d.Role.Length).Select(d => (d, d.Role.Split(' ')))];

    /// <summary>The English display name of <paramref name="id"/> for <paramref name="country"/>, else for any country.</summary>
    public string? Name(string type, string id, string? country = null) =>
        country is not null && Names.TryGetValue((type, id, country), out var n) ? n
        : Names.TryGetValue((type, id, "*"), out var any) ? any : null;
}
