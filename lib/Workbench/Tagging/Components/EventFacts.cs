using Workbench.Knowledge;

namespace Workbench.Tagging.Components;

/// <summary>Builds an <see cref="Event"/> from its sentence and merges repeats.</summary>
internal static class EventFacts
{
    public static Event Make(Document document, DocumentContext context, string type, IReadOnlyList<string> participants, int offset)
    {
        var body = document.Article.Body;
        var index = document.SentenceAt(offset);
        var sentence = index >= 0 ? document.Article.Sentences[index] : new Text.TextSpan(0, body.Length);
        // A sentence that names no date continues the previous one ("… on November 9 affirmed …. Receiving the minister, …").
        var date = DateIn(document, context, sentence) ?? (index > 0 ? DateIn(document, context, document.Article.Sentences[index - 1]) : null);
        var place = First(context, KnowledgeLabels.Place, sentence) is { } p
            ? context.Knowledge.Name(KnowledgeLabels.Place, p.Id[(KnowledgeLabels.Place.Length + 1)..]) ?? context.Strings.Get(body.AsSpan(p.Start, p.End - p.Start))
            : null;
        var countries = participants.Select(id => document.People.FirstOrDefault(x => x.Id == id)?.Country)
            .OfType<string>().Distinct().ToArray();
        int? year = date is { Length: 10 } && !date.StartsWith('-') ? int.Parse(date[..4], System.Globalization.CultureInfo.InvariantCulture) : null;
        return new Event(document.Article.Id, type, date, year, place, participants, countries, body[sentence.Start..sentence.End].Trim());
    }

    /// <summary>The date of the first date span in <paramref name="sentence"/>, as the run's string.</summary>
    private static string? DateIn(Document document, DocumentContext context, Text.TextSpan sentence) =>
        First(context, KnowledgeLabels.Date, sentence) is { } d ? context.Strings.Get(d.Id.AsSpan(KnowledgeLabels.Date.Length + 1)) : null;

    /// <summary>The first span labelled <paramref name="label"/> inside <paramref name="sentence"/> (a loop: this runs per event).</summary>
    private static Span? First(DocumentContext context, string label, Text.TextSpan sentence)
    {
        foreach (var s in context.Spans.Items)
        {
            if (s.Label == label && s.Start >= sentence.Start && s.End <= sentence.End)
            {
                return s;
            }
        }
        return null;
    }

    /// <summary>One event per type and set of participants; later repeats fill in a missing date or place.</summary>
    public static IReadOnlyList<Event> Merge(List<Event> events)
    {
        var merged = new List<Event>();
        foreach (var e in events)
        {
            var i = merged.FindIndex(m => m.Type == e.Type && m.Participants.Count == e.Participants.Count && !m.Participants.Except(e.Participants).Any());
            if (i < 0)
            {
                merged.Add(e);
            }
            else
            {
                var m = merged[i];
                merged[i] = m with { Date = m.Date ?? e.Date, Year = m.Year ?? e.Year, Place = m.Place ?? e.Place };
            }
        }
        return merged;
    }
}
