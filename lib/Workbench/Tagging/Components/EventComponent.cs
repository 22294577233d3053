using Workbench.Knowledge;
using Workbench.Tagging.Matching;

namespace Workbench.Tagging.Components;

/// <summary>
/// Events from trigger words (received, held talks, tiếp, hội đàm, thăm, Đối thoại, bàn giao …) with participants, place,
/// date and countries from the trigger's sentence. Each trigger of a clause takes its participants from
/// <see cref="EventParticipants.Find"/> (the people before it and after it up to the next trigger; after an ongoing word,
/// "đang", "who is on", the one doing it; not the host named after "at the invitation of" in a type the inviter takes no
/// part in, event-types.tsv, nor as a later trigger's subject). With no person before it, a pronoun or "the two sides" names its subject
/// (<see cref="EventParticipants.Subject"/>). A two-party event that names one person takes the article's first person
/// as the other party, unless an ongoing word left its doer unnamed. Events with fewer people than their type needs
/// (event-types.tsv) are dropped; one event is kept per type and set of participants.
/// </summary>
internal sealed class EventComponent : ITaggingComponent
{
    private static readonly Func<AliasMatch, bool> s_triggerOrBlocker =
        static m => m.Entry.Label is KnowledgeLabels.Trigger or KnowledgeLabels.Blocker;

    public string Name => "events";

    public IReadOnlyList<string> Labels => [KnowledgeLabels.Trigger];

    public Document Apply(Document document, DocumentContext context)
    {
        using var triggers = Triggers(context);
        if (triggers.Count == 0)
        {
            return document;
        }
        // Pooled lists, read as spans: this runs for every article.
        using var cues = Cues(context.Matches);
        using var persons = new PooledList<Span>(16);
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
        using var inClause = new PooledList<AliasMatch>(triggers.Count);
        using var people = new PooledList<Span>(persons.Count);
        using var guests = new PooledList<Span>(persons.Count);
        using var clauseCues = new PooledList<AliasMatch>(cues.Count);
        var ids = new List<string>();
        foreach (var clause in Clauses(document))
        {
            inClause.Clear();
            foreach (var t in triggers.Span)
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
            foreach (var p in persons.Span)
            {
                if (p.Start >= clause.Start && p.End <= clause.End)
                {
                    people.Add(p);
                }
            }
            clauseCues.Clear();
            foreach (var m in cues.Span)
            {
                if (m.Start >= clause.Start && m.End <= clause.End)
                {
                    clauseCues.Add(m);
                }
            }
            // The guests: the clause's people but the host who invited, who takes no part in some types of event and is
            // no later trigger's subject.
            var inviter = EventParticipants.Inviter(clauseCues.Span, people.Span, document.Article.Body);
            guests.Clear();
            foreach (var p in people.Span)
            {
                if (p.Start != inviter)
                {
                    guests.Add(p);
                }
            }
            for (var i = 0; i < inClause.Count; i++)
            {
                var t = inClause[i];
                triggerSpans.Add(new Span(t.Start, t.End, KnowledgeLabels.Trigger, t.Entry.SpanId, "trigger"));
                var until = i + 1 < inClause.Count ? inClause[i + 1].Start : clause.End;
                var type = context.Knowledge.EventTypes.GetValueOrDefault(t.Entry.Id, EventType.Default);
                var after = type.InviterTakesPart ? people.Span : guests.Span;
                var anyBefore = EventParticipants.Find(i == 0 ? after : guests.Span, after, clauseCues.Span, t,
                    previous: i == 0 ? -1 : inClause[0].End, until, ids, out var unnamed);
                var min = type.MinParticipants;
                if (!anyBefore)
                {
                    EventParticipants.Subject(clauseCues.Span, t, ids, protagonist, events, persons.Span);
                }
                if (min >= 2 && ids.Count == 1 && !unnamed && protagonist is not null && protagonist != ids[0])
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

    /// <summary>The words that say who an event's subject is without naming a person, or who it is not (event-triggers.tsv
    /// types <c>parties</c>, <c>pronoun</c>, <c>ongoing</c>, <c>inviter</c>), gathered once per article rather than once
    /// per trigger.</summary>
    private static PooledList<AliasMatch> Cues(ReadOnlySpan<AliasMatch> matches)
    {
        var cues = new PooledList<AliasMatch>(16);
        foreach (var m in matches)
        {
            if (m.Entry.Label is KnowledgeLabels.Parties or KnowledgeLabels.Pronoun or KnowledgeLabels.Ongoing or KnowledgeLabels.Inviter)
            {
                cues.Add(m);
            }
        }
        return cues;
    }

    /// <summary>Triggers, after blockers ("visiting professor") have taken their part of the text.</summary>
    private static PooledList<AliasMatch> Triggers(DocumentContext context)
    {
        using var resolved = Overlaps.Resolve(context.Matches, s_triggerOrBlocker, OverlapPolicy.LongestFirst);
        var triggers = new PooledList<AliasMatch>(resolved.Count);
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
            // A vectorised search for the semicolons, not a loop over every character kept in the iterator's fields.
            var start = s.Start;
            int at;
            while ((at = body.AsSpan(start, s.End - start).IndexOf(';')) >= 0)
            {
                yield return new Text.TextSpan(start, start + at);
                start += at + 1;
            }
            yield return new Text.TextSpan(start, s.End);
        }
    }
}
