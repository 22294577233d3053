using Workbench.Knowledge;

namespace Workbench.Tagging.Components;

/// <summary>Builds an <see cref="Event"/> from its sentence and merges repeats.</summary>
internal static class EventFacts
{
    public static Event Make(Document document, KnowledgeData k, string type, IReadOnlyList<string> participants, int offset)
    {
        var body = document.Article.Body;
        var index = document.SentenceAt(offset);
        var sentence = index >= 0 ? document.Article.Sentences[index] : new Text.TextSpan(0, body.Length);
        var inSentence = document.Spans.Where(s => s.Start >= sentence.Start && s.End <= sentence.End).ToList();
        // A sentence that names no date continues the previous one ("… on November 9 affirmed …. Receiving the minister, …").
        var date = DateIn(document, sentence) ?? (index > 0 ? DateIn(document, document.Article.Sentences[index - 1]) : null);
        var place = inSentence.FirstOrDefault(s => s.Label == KnowledgeLabels.Place) is { } p
            ? k.Name(KnowledgeLabels.Place, p.Id[(KnowledgeLabels.Place.Length + 1)..]) ?? p.Of(body)
            : null;
        var countries = participants.Select(id => document.People.FirstOrDefault(x => x.Id == id)?.Country)
            .OfType<string>().Distinct().ToArray();
        int? year = date is { Length: 10 } && !date.StartsWith('-') ? int.Parse(date[..4], System.Globalization.CultureInfo.InvariantCulture) : null;
        return new Event(document.Article.Id, type, date, year, place, participants, countries, body[sentence.Start..sentence.End].Trim());
    }

    private static string? DateIn(Document document, Text.TextSpan sentence) =>
        document.Spans.FirstOrDefault(s => s.Label == KnowledgeLabels.Date && s.Start >= sentence.Start && s.End <= sentence.End)
            ?.Id[(KnowledgeLabels.Date.Length + 1)..];

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
