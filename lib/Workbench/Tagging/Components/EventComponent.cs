using Workbench.Knowledge;
using Workbench.Tagging.Matching;

namespace Workbench.Tagging.Components;

/// <summary>
/// Events from trigger words (received, held talks, tiếp, hội đàm, thăm, Đối thoại, bàn giao …) with participants, place,
/// date and countries from the trigger's sentence. Participants: the people of the clause before its first trigger
/// (a description only as the clause's first person) and the people after each trigger up to the next one. A two-party
/// event that names one person takes the article's first person as the other party; a clause with no person before
/// its trigger takes its subject from a pronoun or "the two sides" (<see cref="Subject"/>). Events with fewer people than
/// their type needs (event-types.tsv) are dropped; one event is kept per type and set of participants.
/// </summary>
internal sealed class EventComponent : ITaggingComponent
{
    private static readonly Func<AliasMatch, bool> s_triggerOrBlocker =
        static m => m.Entry.Label is KnowledgeLabels.Trigger or KnowledgeLabels.Blocker;

    // "The two sides held talks", "hai bên hội đàm": the sides are the trigger's subject only when they stand right
    // before it, not when the trigger is a noun far along their sentence ("… maintained such mechanisms as the dialogue").
    private const int MaxPartiesGap = 12;

    // The longest title that may stand between a visitor and "đang" ("Mao Sophan, Tư lệnh Lục quân Hoàng gia Campuchia đang …").
    private const int MaxAppositive = 80;

    public string Name => "events";

    public IReadOnlyList<string> Labels => [KnowledgeLabels.Trigger];

    public Document Apply(Document document, DocumentContext context)
    {
        var triggers = Triggers(context);
        if (triggers.Count == 0)
        {
            return document;
        }
        var cues = Cues(context.Matches);
        var persons = new List<Span>();
        foreach (var s in context.Spans.Items)
        {
            if (s.Label == KnowledgeLabels.Person)
            {
                persons.Add(s);
            }
        }
        var protagonist = persons.Count > 0 ? persons[0].Id : null;
        var events = new List<FoundEvent>();
        using var triggerSpans = new PooledList<Span>(triggers.Count);
        var inClause = new List<AliasMatch>();
        var people = new List<Span>();
        var ids = new List<string>();
        foreach (var clause in Clauses(document))
        {
            inClause.Clear();
            foreach (var t in triggers)
            {
                if (t.Start >= clause.Start && t.End <= clause.End)
                {
                    inClause.Add(t);
                }
            }
            if (inClause.Count == 0)
            {
                continue;
            }
            people.Clear();
            foreach (var p in persons)
            {
                if (p.Start >= clause.Start && p.End <= clause.End)
                {
                    people.Add(p);
                }
            }
            for (var i = 0; i < inClause.Count; i++)
            {
                var t = inClause[i];
                triggerSpans.Add(new Span(t.Start, t.End, KnowledgeLabels.Trigger, t.Entry.SpanId, "trigger"));
                var until = i + 1 < inClause.Count ? inClause[i + 1].Start : clause.End;
                var anyBefore = Participants(people, cues, t, first: i == 0, until, ids);
                var min = context.Knowledge.EventTypes.GetValueOrDefault(t.Entry.Id, 1);
                if (!anyBefore)
                {
                    Subject(cues, clause, t, ids, protagonist, events, persons);
                }
                if (min >= 2 && ids.Count == 1 && protagonist is not null && protagonist != ids[0])
                {
                    ids.Insert(0, protagonist);
                }
                if (ids.Count >= min)
                {
                    events.Add(new FoundEvent(t.Entry.Id, [.. ids], t.Start));
                }
            }
        }
        var merged = EventFacts.Merge(document, context, events);
        context.Spans.Merge(triggerSpans.WritableSpan);
        return document with { Events = merged };
    }

    /// <summary>
    /// The ids of a trigger's people, each once, into <paramref name="ids"/>: its subject — the clause's people before it
    /// (a description only as the first of them); after the clause's first trigger only the first of them, or the
    /// person an ongoing word points to (<see cref="Ongoing"/>) — then the people after it up to <paramref name="until"/>.
    /// </summary>
    /// <returns>Whether any person of the clause stands before the trigger.</returns>
    /// <remarks>Loops into one list reused for every trigger: this was a chain of LINQ iterators and closures per trigger.</remarks>
    private static bool Participants(List<Span> people, List<AliasMatch> cues, AliasMatch t, bool first, int until, List<string> ids)
    {
        ids.Clear();
        var visitor = first ? null : Ongoing(cues, people, t);
        if (visitor is { } v)
        {
            ids.Add(v.Id);
        }
        var before = false;
        foreach (var p in people)
        {
            if (p.End <= t.Start)
            {
                if (visitor is null && (!before || (first && p.Rule != "description")))
                {
                    AddOnce(ids, p.Id);
                }
                before = true;
            }
        }
        foreach (var p in people)
        {
            if (p.Start >= t.End && p.End <= until)
            {
                AddOnce(ids, p.Id);
            }
        }
        return before;
    }

    private static void AddOnce(List<string> ids, string id)
    {
        if (!ids.Contains(id))
        {
            ids.Add(id);
        }
    }

    /// <summary>
    /// A trigger with no person before it in its clause may still name its subject: a pronoun ("He also held talks
    /// with …") stands for the article's first person; the two sides right before the trigger ("The two sides held
    /// talks", "hai bên hội đàm") are the parties of the article's first two-party event, else its first two people.
    /// </summary>
    private static void Subject(List<AliasMatch> cues, Text.TextSpan clause, AliasMatch trigger, List<string> ids,
        string? protagonist, List<FoundEvent> events, List<Span> persons)
    {
        foreach (var m in cues)
        {
            if (m.Start < clause.Start || m.End > clause.End)
            {
                continue;
            }
            if (m.Entry.Label == KnowledgeLabels.Pronoun && m.End <= trigger.Start && protagonist is not null && !ids.Contains(protagonist))
            {
                ids.Insert(0, protagonist);
                return;
            }
            if (m.Entry.Label == KnowledgeLabels.Parties && ids.Count == 0 && m.End <= trigger.Start && trigger.Start - m.End <= MaxPartiesGap)
            {
                foreach (var e in events)
                {
                    if (e.Participants.Count >= 2)
                    {
                        ids.AddRange(e.Participants);
                        return;
                    }
                }
                foreach (var p in persons)
                {
                    if (ids.Count < 2)
                    {
                        AddOnce(ids, p.Id);
                    }
                }
                return;
            }
        }
    }

    /// <summary>
    /// "X tiếp Y đang thăm chính thức Việt Nam", "X received Y, who is on an official visit": a later trigger right after
    /// an ongoing-action word (event-triggers.tsv type <c>ongoing</c>) belongs to the person just before that word, not to
    /// the clause's subject.
    /// </summary>
    private static Span? Ongoing(List<AliasMatch> cues, List<Span> people, AliasMatch trigger)
    {
        foreach (var m in cues)
        {
            if (m.Entry.Label == KnowledgeLabels.Ongoing && m.End <= trigger.Start && trigger.Start - m.End <= 1)
            {
                for (var i = people.Count - 1; i >= 0; i--)
                {
                    if (people[i].End <= m.Start)
                    {
                        return m.Start - people[i].End <= MaxAppositive ? people[i] : null;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /// <summary>The words that name an event's subject without naming a person (event-triggers.tsv types
    /// <c>parties</c>, <c>pronoun</c>, <c>ongoing</c>), gathered once per article rather than once per trigger.</summary>
    private static List<AliasMatch> Cues(ReadOnlySpan<AliasMatch> matches)
    {
        var cues = new List<AliasMatch>();
        foreach (var m in matches)
        {
            if (m.Entry.Label is KnowledgeLabels.Parties or KnowledgeLabels.Pronoun or KnowledgeLabels.Ongoing)
            {
                cues.Add(m);
            }
        }
        return cues;
    }

    /// <summary>Triggers, after blockers ("visiting professor") have taken their part of the text.</summary>
    private static List<AliasMatch> Triggers(DocumentContext context)
    {
        using var resolved = Overlaps.Resolve(context.Matches, s_triggerOrBlocker, OverlapPolicy.LongestFirst);
        var triggers = new List<AliasMatch>();
        foreach (var m in resolved.Span)
        {
            if (m.Entry.Label == KnowledgeLabels.Trigger)
            {
                triggers.Add(m);
            }
        }
        return triggers;
    }

    /// <summary>The clauses of the body: its sentences, cut at semicolons.</summary>
    private static IEnumerable<Text.TextSpan> Clauses(Document document)
    {
        var body = document.Article.Body;
        var sentences = document.Article.Sentences.Count > 0 ? document.Article.Sentences : [new Text.TextSpan(0, body.Length)];
        foreach (var s in sentences)
        {
            var start = s.Start;
            for (var i = s.Start; i < s.End; i++)
            {
                if (body[i] == ';')
                {
                    yield return new Text.TextSpan(start, i);
                    start = i + 1;
                }
            }
            yield return new Text.TextSpan(start, s.End);
        }
    }
}
