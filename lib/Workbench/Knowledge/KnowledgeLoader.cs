using System.Collections.Frozen;
using System.Globalization;
using Workbench.Cleaning;

namespace Workbench.Knowledge;

/// <summary>Reads the tagger's knowledge files into <see cref="KnowledgeData"/>, reporting bad rows as diagnostics.</summary>
internal static partial class KnowledgeLoader
{
    private static readonly (string File, string Label)[] s_gazetteers =
    [
        ("countries.tsv", KnowledgeLabels.Country), ("places.tsv", KnowledgeLabels.Place),
        ("organizations.tsv", KnowledgeLabels.Organization), ("ranks.tsv", KnowledgeLabels.Rank),
        ("positions.tsv", KnowledgeLabels.Position), ("position-modifiers.tsv", KnowledgeLabels.Modifier),
        ("honorifics.tsv", KnowledgeLabels.Honorific),
    ];

    // The kinds of name-parts.tsv rows.
    private static readonly string[] s_nameParts = ["surname", "patronymic-suffix", "name-order"];

    // The types of event-triggers.tsv rows that are no event: blockers, the two sides ("hai bên"), a subject pronoun ("he"),
    // an ongoing action ("đang"), the one who invited ("at the invitation of").
    private static readonly HashSet<string> s_eventWords =
        [KnowledgeLabels.Blocker, KnowledgeLabels.Parties, KnowledgeLabels.Pronoun, KnowledgeLabels.Ongoing, KnowledgeLabels.Inviter];

    public static KnowledgeBase Load(KnowledgeFiles files)
    {
        var reader = new KnowledgeRows(files);
        var eventTypes = ReadEventTypes(reader);
        var topicLines = new Dictionary<string, int>(StringComparer.Ordinal);
        var topics = reader.Rows("topics.tsv", "topic")
            .Where(r => topicLines.TryAdd(r.Get("topic"), r.Line) || reader.Duplicate(r, "topic", r.Get("topic"), "line " + topicLines[r.Get("topic")]))
            .Select(r => r.Get("topic")).ToArray();
        var aliases = new List<AliasEntry>();
        var countries = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (file, label) in s_gazetteers)
        {
            // countries.tsv comes first: every later row's country is checked, and reported at its line, as it is read.
            foreach (var r in reader.Rows(file, "id", "lang", "alias"))
            {
                if (r.Get("only") is { Length: > 0 } only && (only != AliasEntry.InList || label != KnowledgeLabels.Country))
                {
                    reader.Invalid(r, "only value", only, label == KnowledgeLabels.Country ? AliasEntry.InList + " or nothing" : "nothing: only countries.tsv reads it");
                    continue;
                }
                var alias = Gazetteer(label, r);
                if (label == KnowledgeLabels.Country)
                {
                    countries.Add(alias.Id);
                }
                if (alias.Country is not { } c || countries.Contains(c) || reader.Unknown(r, "country", c, "countries.tsv"))
                {
                    aliases.Add(alias);
                }
            }
        }
        aliases.AddRange(reader.Rows("event-triggers.tsv", "type", "lang", "pattern")
            .Where(r => s_eventWords.Contains(r.Get("type")) || eventTypes.ContainsKey(r.Get("type")) || reader.Unknown(r, "event type", r.Get("type"), "event-types.tsv"))
            .Select(r => new AliasEntry(s_eventWords.Contains(r.Get("type")) ? r.Get("type") : KnowledgeLabels.Trigger,
                r.Get("type"), r.Get("lang"), r.Get("pattern"), Cased: false)));
        aliases.AddRange(reader.Rows("topic-patterns.tsv", "topic", "lang", "pattern")
            .Where(r => topics.Contains(r.Get("topic"), StringComparer.Ordinal) || reader.Unknown(r, "topic", r.Get("topic"), "topics.tsv"))
            .Select(r => new AliasEntry(KnowledgeLabels.Topic, r.Get("topic"), r.Get("lang"), r.Get("pattern"), Cased: false)));
        var unique = reader.WithoutDuplicates(aliases);

        var declared = unique.Select(a => (a.Label, a.Id)).ToHashSet();
        var names = new Dictionary<(string, string, string), string>();
        foreach (var r in reader.Rows("names.tsv", "type", "id", "country", "name"))
        {
            if (!declared.Contains((r.Get("type"), r.Get("id"))))
            {
                reader.Unknown(r, r.Get("type"), r.Get("id"), "the alias files");
                continue;
            }
            var key = (r.Get("type"), r.Get("id"), r.Get("country"));
            if (!names.TryAdd(key, r.Get("name")))
            {
                reader.Duplicate(r, "name of", $"{key.Item1}:{key.Item2} in {key.Item3}", names[key]);
            }
        }
        var parts = reader.Rows("name-parts.tsv", "kind", "lang", "value", "country")
            .Where(r => s_nameParts.Contains(r.Get("kind")) || reader.Unknown(r, "name part kind", r.Get("kind"), "the kinds the tagger reads: " + string.Join(", ", s_nameParts)))
            .ToArray();
        var data = new KnowledgeData(
            unique,
            names,
            ReadTitleWords(reader),
            ReadDateWords(reader),
            ReadListJoiners(reader),
            Surnames(reader, parts),
            parts.Where(p => p.Get("kind") == "patronymic-suffix").Select(p => p.Get("value").ToLowerInvariant()).ToArray(),
            parts.Where(p => p.Get("kind") == "name-order"
                    && (p.Get("value") == "surname-first" || reader.Invalid(p, "name order", p.Get("value"), "surname-first, the one order the tagger reads"))
                    && (countries.Contains(p.Get("country")) || reader.Unknown(p, "country", p.Get("country"), "countries.tsv")))
                .Select(p => p.Get("country")).ToFrozenSet(StringComparer.Ordinal),
            reader.Rows("descriptions.tsv", "lang", "alias").Select(r => new DescriptionEntry(r.Get("lang"), r.Get("alias"), r.Get("requires"))).ToArray(),
            eventTypes,
            topics,
            new MonthNames(reader.Months()));
        return new KnowledgeBase(data, reader.Problems, files.Source);
    }

    /// <summary>The surnames of name-parts.tsv by folded form ("nguyen" → VN); one given twice, in any spelling that folds
    /// alike ("Nguyễn", "Nguyen"), is reported.</summary>
    private static Dictionary<string, string> Surnames(KnowledgeRows reader, IEnumerable<KnowledgeRow> parts)
    {
        var surnames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in parts.Where(p => p.Get("kind") == "surname"))
        {
            var key = NameFolding.Key(p.Get("value"));
            if (!surnames.TryAdd(key, p.Get("country")))
            {
                reader.Duplicate(p, "surname", p.Get("value"), surnames[key]);
            }
        }
        return surnames;
    }

    /// <summary>The event types of event-types.tsv. A row whose count is no whole number, or whose
    /// <c>inviter_takes_part</c> is other than yes or no (empty is yes), is reported and ignored, as is a type given twice
    /// (its first row is kept).</summary>
    private static Dictionary<string, EventType> ReadEventTypes(KnowledgeRows reader)
    {
        var types = new Dictionary<string, EventType>(StringComparer.Ordinal);
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in reader.Rows("event-types.tsv", "type", "min_participants"))
        {
            var inviter = r.Get("inviter_takes_part");
            if (!int.TryParse(r.Get("min_participants"), NumberStyles.None, CultureInfo.InvariantCulture, out var min))
            {
                reader.Invalid(r, "participant count", r.Get("min_participants"), "a whole number");
            }
            else if (inviter is not ("" or "yes" or "no"))
            {
                reader.Invalid(r, "inviter_takes_part value", inviter, "yes or no");
            }
            else if (types.TryAdd(r.Get("type"), new EventType(min, InviterTakesPart: inviter != "no")))
            {
                lines[r.Get("type")] = r.Line;
            }
            else
            {
                reader.Duplicate(r, "event type", r.Get("type"), $"line {lines[r.Get("type")]}");
            }
        }
        return types;
    }

    private static AliasEntry Gazetteer(string label, KnowledgeRow r)
    {
        var lang = r.Get("lang");
        var cased = r.Has("cased") ? r.Get("cased") == "yes" : lang == "en" && label != KnowledgeLabels.Modifier;
        var country = label == KnowledgeLabels.Country ? r.Get("id") : r.Get("country");
        var priority = int.TryParse(r.Get("priority"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) ? p : 0;
        return new AliasEntry(label, r.Get("id"), lang, r.Get("alias"), cased, country.Length > 0 ? country : null,
            priority, r.Get("head") == "yes", r.Has("prefix") ? r.Get("prefix") : null, r.Get("only") == AliasEntry.InList);
    }
}
