namespace Workbench.Knowledge;

/// <summary>One alias row of a gazetteer file: what the alias names (<see cref="Label"/>, <see cref="Id"/>) and how to
/// match it. Aliases match with their accents (thăm is not tham; "Thai" is not "Thái"); case is ignored unless
/// <see cref="Cased"/>. Names of people are matched folded instead (<see cref="NameFolding"/>). An alias that is also
/// a common word or name ("Anh" is Britain and a given name) counts only <see cref="InListOnly"/>.</summary>
internal sealed record AliasEntry(
    string Label, string Id, string Lang, string Alias, bool Cased, string? Country = null, int Priority = 0, bool Head = false, string? Extra = null,
    bool InListOnly = false)
{
    /// <summary>The value of a gazetteer row's <c>only</c> column that makes its alias count only as an item of a list
    /// of countries with a comma in it ("Mỹ, Nga, Pháp, Anh, Đức", "Mỹ, Anh và Đức"; see <c>CountryLists</c>).</summary>
    public const string InList = "in-list";

    /// <summary>The id a match of this alias carries (<c>country:RU</c>, <c>topic:training</c>, <c>event:visit</c>), built
    /// once so that every span of it shares one string.</summary>
    public string SpanId { get; } = (Label == KnowledgeLabels.Trigger ? "event" : Label) + ":" + Id;
}

/// <summary>A definite description ("the Russian minister") and what a person's titles must contain to be meant by it.</summary>
internal sealed record DescriptionEntry(string Lang, string Role, string Requires);

/// <summary>The labels the gazetteer files produce.</summary>
internal static class KnowledgeLabels
{
    public const string Country = "country";
    public const string Place = "place";
    public const string Organization = "organization";
    public const string Rank = "rank";
    public const string Position = "position";
    public const string Person = "person";
    public const string Date = "date";
    public const string Honorific = "honorific";
    public const string Modifier = "modifier";
    public const string Trigger = "trigger";
    public const string Topic = "topic";
    public const string Blocker = "none";
    public const string Parties = "parties";
    public const string Pronoun = "pronoun";
    public const string Ongoing = "ongoing";
    public const string Inviter = "inviter";

    /// <summary>Whether <paramref name="label"/> is an entity label, one that appears in the mentions and entities tables
    /// (not a trigger, topic, title, honorific …).</summary>
    /// <remarks>A pattern (a switch on length and characters, no hashing): this runs for every span of a corpus.</remarks>
    public static bool IsEntity(string label) => label is Person or Country or Organization or Place or Date or Rank or Position;

    /// <summary>Whether <paramref name="label"/> titles a person: a rank, position or honorific (a country or body alone
    /// does not).</summary>
    public static bool IsTitle(string label) => label is Rank or Position or Honorific;
}
