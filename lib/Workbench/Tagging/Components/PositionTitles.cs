using Workbench.Knowledge;

namespace Workbench.Tagging.Components;

/// <summary>A position as read from a chain, before the person's country picks its English wording.</summary>
/// <param name="Id">The position id.</param>
/// <param name="Complement">An English complement written after it ("of Emergency Situations"), or <see langword="null"/>.</param>
/// <param name="Body">The body it heads ("Hạm đội Thái Bình Dương"): its organisation id, or <see langword="null"/>.</param>
/// <param name="BodyCountry">The country of that body, when fixed.</param>
/// <param name="Prefix">A modifier's prefix ("Former"), or <see langword="null"/>.</param>
internal sealed record PositionTitle(string Id, string? Complement, string? Body, string? BodyCountry, string? Prefix);

/// <summary>Turns chain items into canonical English position titles.</summary>
internal static class PositionTitles
{
    public static (PositionTitle Title, int Priority)? Candidate(DocumentContext context, string body, TitleChain chain, int index)
    {
        var item = chain.Items[index];
        // Looked up by spans and in tables made at load: this runs for every position of every title chain.
        if (!context.Knowledge.PositionLookup.TryGetValue(item.Id.AsSpan(KnowledgeLabels.Position.Length + 1), out var id, out var entry))
        {
            return null;
        }
        var prefix = index > 0 && chain.Items[index - 1].Label == KnowledgeLabels.Modifier
            ? context.Knowledge.ModifierPrefixes.GetValueOrDefault(chain.Items[index - 1].Id)
            : null;
        Span? next = index + 1 < chain.Items.Count ? chain.Items[index + 1] : null;
        if (entry.Head && next is { Label: KnowledgeLabels.Organization } org && Joined(body, item.End, org.Start))
        {
            return (new PositionTitle(id, null, org.Id[(KnowledgeLabels.Organization.Length + 1)..], org.Country, prefix), entry.Priority);
        }
        var complement = body.AsSpan(item.End, chain.ComplementEnds[index] - item.End).Trim();
        return (new PositionTitle(id, entry.Head && complement.StartsWith("of ", StringComparison.Ordinal) ? complement.ToString() : null, null, null, prefix), entry.Priority);
    }

    /// <summary>The English title for a person of <paramref name="country"/>.</summary>
    public static string? ForCountry(KnowledgeData k, PositionTitle t, string? country)
    {
        var head = k.Name(KnowledgeLabels.Position, t.Id, country);
        if (head is null)
        {
            return null;
        }
        var title = t switch
        {
            { Body: { } org } => head + " of " + BodyPart(k.Name(KnowledgeLabels.Organization, org, t.BodyCountry ?? country) ?? org),
            { Complement: { } c } => head + " " + c,
            _ => head,
        };
        return t.Prefix is { } p ? p + " " + title : title;
    }

    private static string BodyPart(string orgName) =>
        orgName.StartsWith("Ministry of ", StringComparison.Ordinal) ? orgName["Ministry of ".Length..] : "the " + orgName;

    /// <summary>Whether the text between offsets <paramref name="end"/> and <paramref name="start"/> joins two names into
    /// one: nothing but spaces, "of" or "of the" ("Ministry of Defence of Russia", "Bộ Quốc phòng Nga").</summary>
    internal static bool Joined(string body, int end, int start) =>
        body.AsSpan(end, start - end).Trim() is { IsEmpty: true } or "of" or "of the";
}
