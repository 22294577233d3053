using Workbench.Knowledge;
using Workbench.Tagging.Matching;

namespace Workbench.Tagging.Components;

/// <summary>Who takes part in the event of one trigger: the people of its clause, and the subject a clause names
/// without naming a person (see <see cref="EventComponent"/>).</summary>
internal static class EventParticipants
{
    // "The two sides held talks", "hai bên hội đàm": the sides are the trigger's subject only when they stand right
    // before it, not when the trigger is a noun far along their sentence ("… maintained such mechanisms as the dialogue").
    private const int MaxPartiesGap = 12;

    // The longest title that may stand between a visitor and "đang" ("Mao Sophan, Tư lệnh Lục quân Hoàng gia Campuchia đang …").
    private const int MaxAppositive = 80;

    // The longest title that may stand between an invitation word and the host ("at the invitation of Minister of
    // National Defence Gen. …", "theo lời mời của Đại tướng …").
    private const int MaxInviterGap = 80;

    /// <summary>
    /// The ids of a trigger's people, each once, into <paramref name="ids"/>: its subject — the people before it in
    /// <paramref name="before"/> (a description only as the first of them); after the clause's first trigger only the
    /// first of them, or the person an ongoing word points to (<see cref="Ongoing"/>), or nobody when that person goes
    /// unnamed — then the people after it up to <paramref name="until"/> in <paramref name="after"/>.
    /// </summary>
    /// <returns>Whether any person of the clause stands before the trigger; <c>unnamed</c> says an ongoing word leads the
    /// trigger and the one doing it goes unnamed (no other party may then stand in for them).</returns>
    /// <remarks><paramref name="before"/> and <paramref name="after"/> are the clause's people, or its guests (all but the
    /// host who invited, <see cref="Inviter"/>) where the host takes no part; <paramref name="cues"/> are the clause's cue
    /// words; <c>previous</c> is the end of the clause's first trigger, or -1 when <c>t</c> is that trigger (a trigger word
    /// inside a title between them moves nothing). Loops into one list reused for every trigger, not a chain of LINQ
    /// iterators and closures per trigger.</remarks>
    public static bool Find(ReadOnlySpan<Span> before, ReadOnlySpan<Span> after, ReadOnlySpan<AliasMatch> cues, AliasMatch t, int previous,
        int until, List<string> ids, out bool unnamed)
    {
        ids.Clear();
        var first = previous < 0;
        var (ongoing, visitor) = first ? (false, null) : Ongoing(cues, before, t, previous);
        unnamed = ongoing && visitor is null;
        if (visitor is { } v)
        {
            ids.Add(v.Id);
        }
        var any = false;
        foreach (var p in before)
        {
            if (p.End <= t.Start)
            {
                if (!ongoing && (!any || (first && p.Rule != "description")))
                {
                    AddOnce(ids, p.Id);
                }
                any = true;
            }
        }
        foreach (var p in after)
        {
            if (p.Start >= t.End && p.End <= until)
            {
                AddOnce(ids, p.Id);
            }
        }
        return any;
    }

    private static void AddOnce(List<string> ids, string id)
    {
        if (!ids.Contains(id))
        {
            ids.Add(id);
        }
    }

    /// <summary>
    /// "At the invitation of Gen. X, Y is paying a visit", "Y visited Japan at the invitation of X", "Theo lời mời của Đại
    /// tướng X, …": the person right after an invitation word (event-triggers.tsv type <c>inviter</c>) is the host who
    /// invited, not one who visits or is visited. Only titles may stand between them: after a comma the inviter was
    /// not a person ("At the invitation of the Ministry of National Defence, Gen. Y visited …": Y is the visitor).
    /// </summary>
    /// <returns>Where that person's span starts, or -1 when the clause's cue words hold no invitation word with a person
    /// right after it.</returns>
    public static int Inviter(ReadOnlySpan<AliasMatch> cues, ReadOnlySpan<Span> people, string body)
    {
        foreach (var m in cues)
        {
            if (m.Entry.Label != KnowledgeLabels.Inviter)
            {
                continue;
            }
            foreach (var p in people)
            {
                if (p.Start >= m.End)
                {
                    if (p.Start - m.End <= MaxInviterGap && !body.AsSpan(m.End, p.Start - m.End).Contains(','))
                    {
                        return p.Start;
                    }
                    break;
                }
            }
        }
        return -1;
    }

    /// <summary>
    /// A trigger with no person before it in its clause may still name its subject: a pronoun ("He also held talks
    /// with …") stands for the article's first person; the two sides right before the trigger ("The two sides held
    /// talks", "hai bên hội đàm") are the parties of the article's first two-party event, else its first two people.
    /// </summary>
    /// <remarks><paramref name="cues"/> are the clause's cue words.</remarks>
    public static void Subject(ReadOnlySpan<AliasMatch> cues, AliasMatch trigger, List<string> ids,
        string? protagonist, List<FoundEvent> events, ReadOnlySpan<Span> persons)
    {
        foreach (var m in cues)
        {
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
    /// the clause's subject. That person stands after the clause's first trigger (the one received, not the one receiving)
    /// and within reach of the word. When none does, the one doing it goes unnamed ("X tiếp đoàn đại biểu … đang thăm",
    /// "X received a delegation, which is on a visit"): the trigger then takes nobody from before it. The caller leaves
    /// the host who invited out of <paramref name="people"/>: they are never that person.
    /// </summary>
    /// <returns>Whether an ongoing word leads the trigger, and the person it points to when one is named.</returns>
    private static (bool Ongoing, Span? Person) Ongoing(ReadOnlySpan<AliasMatch> cues, ReadOnlySpan<Span> people, AliasMatch trigger, int previous)
    {
        foreach (var m in cues)
        {
            if (m.Entry.Label == KnowledgeLabels.Ongoing && m.End <= trigger.Start && trigger.Start - m.End <= 1)
            {
                for (var i = people.Length - 1; i >= 0 && people[i].Start >= previous; i--)
                {
                    if (people[i].End <= m.Start)
                    {
                        return (true, m.Start - people[i].End <= MaxAppositive ? people[i] : null);
                    }
                }
                return (true, null);
            }
        }
        return (false, null);
    }
}
