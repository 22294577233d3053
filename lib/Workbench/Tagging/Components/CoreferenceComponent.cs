using System.Buffers;
using Workbench.Knowledge;
using Workbench.Tagging.Matching;

namespace Workbench.Tagging.Components;

/// <summary>
/// Short references within one article: a Vietnamese name by its given name ("Giang"), a Western one by its surname
/// ("Chernyshenko"), a name written surname first (a patronymic last, or a person of a country name-parts.tsv marks
/// surname-first: Korean, Chinese) by its first word, alone or after a title ("General Giang"; any other capitalised
/// word right before it makes it part of another name); and definite descriptions ("the Russian minister", "the PM") by the
/// latest person they fit. Ambiguous references and descriptions nobody fits ("the host official") stay unresolved. In
/// Vietnamese a short name needs a title before it.
/// </summary>
internal sealed class CoreferenceComponent : ITaggingComponent
{
    public string Name => "coreference";

    public IReadOnlyList<string> Labels => [KnowledgeLabels.Person];

    public Document Apply(Document document, DocumentContext context)
    {
        if (document.People.Count == 0)
        {
            return document;
        }
        var body = document.Article.Body;
        var shortNames = ShortNames(document.People, context.Knowledge, context.Strings);
        // Which characters a span already covers, and where a title ends: one pooled buffer, as this runs for every article.
        var rented = ArrayPool<bool>.Shared.Rent(2 * (body.Length + 1));
        var taken = rented.AsSpan(0, body.Length + 1);
        var titleEnds = rented.AsSpan(body.Length + 1, body.Length + 1);
        rented.AsSpan(0, 2 * (body.Length + 1)).Clear();
        foreach (var s in context.Spans.Items)
        {
            if (s.Label is not (KnowledgeLabels.Date or KnowledgeLabels.Topic))
            {
                taken.Slice(s.Start, s.End - s.Start).Fill(true);
            }
            if (s.Label is KnowledgeLabels.Rank or KnowledgeLabels.Position or KnowledgeLabels.Honorific)
            {
                titleEnds[s.End] = true;
            }
        }
        using var added = new PooledList<Span>(16);
        var tokens = context.Tokens;
        // Vietnamese capitalises every syllable of a proper noun ("Đối tác Chiến lược"), so there a given name only
        // counts after a title ("Thượng tướng Chiến", "ông Chiến").
        var titledOnly = document.Article.Language == "vi";
        for (var k = 0; k < tokens.Length; k++)
        {
            var t = tokens[k];
            if (taken[t.Start])
            {
                continue;
            }
            if (t.IsCapitalized && shortNames.TryGetValue(body.AsSpan(t.Start, t.End - t.Start), out var id) && id is not null
                && (!titledOnly || (k > 0 && titleEnds[tokens[k - 1].End]))
                && (k == 0 || !tokens[k - 1].IsCapitalized || tokens[k - 1].End < t.Start - 1 || titleEnds[tokens[k - 1].End])
                && (k + 1 == tokens.Length || !tokens[k + 1].IsCapitalized))
            {
                added.Add(new Span(t.Start, t.End, KnowledgeLabels.Person, id, "short-ref", PersonBook.Find(document.People, id)?.Country));
            }
            else if (Descriptions.Match(context, document, body, k, added.Span) is { } description)
            {
                added.Add(description);
            }
        }
        ArrayPool<bool>.Shared.Return(rented);
        context.Spans.Merge(added.WritableSpan);
        return document;
    }

    /// <summary>Short name → person id (null when two people share it), keyed as written in this article, any case.</summary>
    private static Dictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>> ShortNames(IReadOnlyList<PersonInfo> people, KnowledgeData k, StringTable strings)
    {
        var map = new Dictionary<string, string?>(people.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var p in people)
        {
            // The name's words come from the run's table: split once per spelling, not once per article.
            var (first, last) = strings.NameEnds(p.Name);
            var surnameFirst = (p.Country is { } c && k.SurnameFirstCountries.Contains(c)) || IsPatronymic(k, last);
            var key = surnameFirst ? first : last;
            map[key] = map.ContainsKey(key) ? null : p.Id;
        }
        return map.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static bool IsPatronymic(KnowledgeData k, string word)
    {
        foreach (var suffix in k.PatronymicSuffixes)
        {
            if (word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
