using System.Text.Json.Serialization;

namespace Workbench.Eval;

/// <summary>One article's annotations in the gold schema (<c>seeds-gold.jsonl</c>): what a person would tag.</summary>
/// <param name="File">The article's file name.</param>
/// <param name="Language"><c>en</c> or <c>vi</c>.</param>
/// <param name="Title">The headline, or <see langword="null"/>.</param>
/// <param name="Published">ISO date, or <see langword="null"/>.</param>
/// <param name="Outlet">The outlet, or <see langword="null"/>.</param>
/// <param name="Persons">The people.</param>
/// <param name="Countries">ISO alpha-2 codes.</param>
/// <param name="Organizations">Organisation names.</param>
/// <param name="Locations">Place names.</param>
/// <param name="Events">The events.</param>
/// <param name="Topics">Topic labels.</param>
public sealed record GoldArticle(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("language")] string? Language,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("published")] string? Published,
    [property: JsonPropertyName("outlet")] string? Outlet,
    [property: JsonPropertyName("persons")] IReadOnlyList<GoldPerson> Persons,
    [property: JsonPropertyName("countries")] IReadOnlyList<string> Countries,
    [property: JsonPropertyName("organizations")] IReadOnlyList<string> Organizations,
    [property: JsonPropertyName("locations")] IReadOnlyList<string> Locations,
    [property: JsonPropertyName("events")] IReadOnlyList<GoldEvent> Events,
    [property: JsonPropertyName("topics")] IReadOnlyList<string> Topics);

/// <summary>A person in the gold schema.</summary>
/// <param name="Name">The canonical name.</param>
/// <param name="Surfaces">The forms the article writes.</param>
/// <param name="Rank">Canonical English rank, or <see langword="null"/>.</param>
/// <param name="Position">Canonical English position, or <see langword="null"/>.</param>
/// <param name="Country">ISO country, or <see langword="null"/>.</param>
public sealed record GoldPerson(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("surfaces")] IReadOnlyList<string> Surfaces,
    [property: JsonPropertyName("rank")] string? Rank,
    [property: JsonPropertyName("position")] string? Position,
    [property: JsonPropertyName("country")] string? Country);

/// <summary>An event in the gold schema.</summary>
/// <param name="Type">reception, visit, talks, dialogue, handover or signing.</param>
/// <param name="Date">ISO or partial date, or <see langword="null"/>.</param>
/// <param name="Location">Place name, or <see langword="null"/>.</param>
/// <param name="Participants">Participant names.</param>
public sealed record GoldEvent(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("date")] string? Date,
    [property: JsonPropertyName("location")] string? Location,
    [property: JsonPropertyName("participants")] IReadOnlyList<string> Participants);
