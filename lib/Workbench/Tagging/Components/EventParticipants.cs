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

    /// <summary>
    /// The ids of a trigger's people, each once, into <paramref name="ids"/>: its subject — the clause's people before it
    /// (a description only as the first of them); after the clause's first trigger only the first of them, or the
    /// person an ongoing word points to (<see cref="Ongoing"/>), or nobody when that person goes unnamed — then the people
    /// after it up to <paramref name="until"/>. The host who invited (<see cref="Inviter"/>) is none of them where named
    /// as such; named again elsewhere in the clause, they may be.
    /// </summary>
    /// <returns>Whether any person of the clause stands before the trigger; <c>unnamed</c> says an ongoing word leads the
    /// trigger and the one doing it goes unnamed (no other party may then stand in for them).</returns>
    /// <remarks><c>previous</c> is the end of the clause's first trigger, or -1 when <c>t</c> is that trigger (a trigger
    /// word inside a title between them moves nothing); <c>inviter</c> is where the inviting host's span starts (or -1) and
    /// whether the host takes part in events of <c>t</c>'s type: even then they are no subject of a later trigger ("At the
    /// invitation of X, Y paid a visit and held talks with Z": the talks are Y's). Loops into one list reused for every trigger, not a chain of LINQ iterators and closures per trigger.</remarks>
    public static bool Find(ReadOnlySpan<Span> people, ReadOnlySpan<AliasMatch> cues, AliasMatch t, int previous, int until,
        (int Start, bool TakesPart) inviter, List<string> ids, out bool unnamed)
    {
        ids.Clear();
        var first = previous < 0;
        var (ongoing, visitor) = first ? (false, null) : Ongoing(cues, people, t, previous, inviter.Start);
        unnamed = ongoing && visitor is null;
        if (visitor is { } v)
        {
            ids.Add(v.Id);
        }
        var before = false;
        foreach (var p in people)
        {
            if (p.Start == inviter.Start && (!inviter.TakesPart || !first))
            {
                continue;
            }
            if (p.End <= t.Start)
            {
                if (!ongoing && (!before || (first && p.Rule != "description")))
                {
                    AddOnce(ids, p.Id);
                }
                before = true;
            }
        }
        foreach (var p in people)
        {
            if (p.Start >= t.End && p.End <= until && (p.Start != inviter.Start || inviter.TakesPart))
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
    /// "At the invitation of Gen. X, Y is paying a visit", "Y visited Japan at the invitation of X", "Theo lời mời của Đại
    /// tướng X, …": the person right after an invitation word (event-triggers.tsv type <c>inviter</c>) is the host who
    /// invited, not one who visits or is visited. Only titles may stand between them: after a comma the inviter was
    /// not a person ("At the invitation of the Ministry of National Defence, Gen. Y visited …": Y is the visitor).
    /// </summary>
    /// <returns>Where that person's span starts, or -1 when the clause has no invitation word with a person right after it.</returns>
    public static int Inviter(ReadOnlySpan<AliasMatch> cues, Text.TextSpan clause, ReadOnlySpan<Span> people, string body)
    {
        foreach (var m in cues)
        {
            if (m.Entry.Label != KnowledgeLabels.Inviter || m.Start < clause.Start || m.End > clause.End)
            {
                continue;
            }
            foreach (var p in people)
            {
                if (p.Start >= m.End)
                {
                    if (p.Start - m.End <= MaxAppositive && !body.AsSpan(m.End, p.Start - m.End).Contains(','))
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
    public static void Subject(ReadOnlySpan<AliasMatch> cues, Text.TextSpan clause, AliasMatch trigger, List<string> ids,
        string? protagonist, List<FoundEvent> events, ReadOnlySpan<Span> persons)
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
    /// the clause's subject. That person stands after the clause's first trigger (the one received, not the one receiving)
    /// and within reach of the word. When none does, the one doing it goes unnamed ("X tiếp đoàn đại biểu … đang thăm",
    /// "X received a delegation, which is on a visit"): the trigger then takes nobody from before it. The host who invited
    /// is never that person.
    /// </summary>
    /// <returns>Whether an ongoing word leads the trigger, and the person it points to when one is named.</returns>
    private static (bool Ongoing, Span? Person) Ongoing(ReadOnlySpan<AliasMatch> cues, ReadOnlySpan<Span> people, AliasMatch trigger, int previous,
        int inviter)
    {
        foreach (var m in cues)
        {
            if (m.Entry.Label == KnowledgeLabels.Ongoing && m.End <= trigger.Start && trigger.Start - m.End <= 1)
            {
                for (var i = people.Length - 1; i >= 0 && people[i].Start >= previous; i--)
                {
                    if (people[i].End <= m.Start && people[i].Start != inviter)
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
