using System.Globalization;
using Workbench.Knowledge;

namespace Workbench.Tagging.Components;

/// <summary>An event as found at its trigger, before its sentence is read.</summary>
/// <param name="Type">The event type.</param>
/// <param name="Participants">The participants' person ids.</param>
/// <param name="Offset">Where its trigger starts.</param>
internal readonly record struct FoundEvent(string Type, List<string> Participants, int Offset);

/// <summary>Merges repeats of an event and builds each <see cref="Event"/> from its sentence.</summary>
internal static class EventFacts
{
    /// <summary>One event per type and set of participants, built from the first telling; later tellings fill in a
    /// missing date, year or place.</summary>
    /// <remarks>Repeats are merged before the events are built, so a repeat's sentence and countries, which the merge
    /// drops, are never made.</remarks>
    public static IReadOnlyList<Event> Merge(Document document, DocumentContext context, List<FoundEvent> found)
    {
        var merged = new List<Event>();
        foreach (var e in found)
        {
            var i = IndexOf(merged, e);
            if (i < 0)
            {
                merged.Add(Make(document, context, e));
            }
            else if (merged[i] is { Date: null } or { Year: null } or { Place: null })
            {
                var m = merged[i];
                var (date, year, place) = Facts(document, context, e.Offset, out _);
                merged[i] = m with { Date = m.Date ?? date, Year = m.Year ?? year, Place = m.Place ?? place };
            }
        }
        return merged;
    }

    private static Event Make(Document document, DocumentContext context, FoundEvent e)
    {
        var (date, year, place) = Facts(document, context, e.Offset, out var sentence);
        var countries = new List<string>(e.Participants.Count);
        foreach (var id in e.Participants)
        {
            if (PersonBook.Find(document.People, id)?.Country is { } country && !countries.Contains(country))
            {
                countries.Add(country);
            }
        }
        return new Event(document.Article.Id, e.Type, date, year, place, e.Participants, countries.ToArray(), document.Article.Body,
            sentence.Trimmed(document.Article.Body));
    }

    /// <summary>The date, year and place of the sentence holding <paramref name="offset"/>.</summary>
    private static (string? Date, int? Year, string? Place) Facts(Document document, DocumentContext context, int offset, out Text.TextSpan sentence)
    {
        var body = document.Article.Body;
        var index = document.SentenceAt(offset);
        sentence = index >= 0 ? document.Article.Sentences[index] : new Text.TextSpan(0, body.Length);
        // A sentence that names no date continues the previous one ("… on November 9 affirmed …. Receiving the minister, …").
        var date = DateIn(context, sentence) ?? (index > 0 ? DateIn(context, document.Article.Sentences[index - 1]) : null);
        var place = First(context, KnowledgeLabels.Place, sentence) is { } p
            ? context.Knowledge.Name(KnowledgeLabels.Place, context.Strings.Get(p.Id.AsSpan(KnowledgeLabels.Place.Length + 1)))
                ?? context.Strings.Get(body.AsSpan(p.Start, p.End - p.Start))
            : null;
        int? year = date is { Length: 10 } && !date.StartsWith('-') ? int.Parse(date.AsSpan(0, 4), CultureInfo.InvariantCulture) : null;
        return (date, year, place);
    }

    /// <summary>The date of the first date span in <paramref name="sentence"/>, as the run's string.</summary>
    private static string? DateIn(DocumentContext context, Text.TextSpan sentence) =>
        First(context, KnowledgeLabels.Date, sentence) is { } d ? context.Strings.Get(d.Id.AsSpan(KnowledgeLabels.Date.Length + 1)) : null;

    /// <summary>The first span labelled <paramref name="label"/> inside <paramref name="sentence"/>: the spans are ordered
    /// by start, so the walk starts at the sentence and stops past it.</summary>
    private static Span? First(DocumentContext context, string label, Text.TextSpan sentence)
    {
        var spans = context.Spans.Items;
        for (var i = context.Spans.IndexAt(sentence.Start); i < spans.Length && spans[i].Start <= sentence.End; i++)
        {
            var s = spans[i];
            if (s.Label == label && s.End <= sentence.End)
            {
                return s;
            }
        }
        return null;
    }

    /// <summary>The index of the merged event of the same type and set of participants as <paramref name="e"/>, or -1.</summary>
    private static int IndexOf(List<Event> merged, FoundEvent e)
    {
        for (var i = 0; i < merged.Count; i++)
        {
            var m = merged[i];
            if (m.Type == e.Type && m.Participants.Count == e.Participants.Count && AllIn(m.Participants, e.Participants))
            {
                return i;
            }
        }
        return -1;
    }

    private static bool AllIn(IReadOnlyList<string> ids, List<string> others)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (!others.Contains(ids[i]))
            {
                return false;
            }
        }
        return true;
    }
}
