using Spectre.Console;
using Workbench.Tagging;

namespace Workbench.Cli.Commands.Tag;

/// <summary>The table output of <c>workbench tag</c>: people, events, topics, then the problems of loading and tagging.</summary>
internal static class TagView
{
    public static void Write(AnnotatedCorpus tags, IReadOnlyList<Diagnostics.Diagnostic> problems, IAnsiConsole console)
    {
        var people = new Table().Title("people").AddColumns("name", "rank", "position", "country", "articles", "mentions");
        foreach (var e in tags.EntityRows.Where(e => e.Type == "person"))
        {
            people.AddRow(Cell(e.Name), Cell(e.Rank), Cell(e.Position), Cell(e.Country), e.Articles.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Mentions.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        console.Write(people);
        var events = new Table().Title("events").AddColumns("article", "type", "date", "place", "participants");
        foreach (var e in tags.EventRows)
        {
            events.AddRow(Cell(e.Article), Cell(e.Type), Cell(e.Date), Cell(e.Place), Cell(string.Join("; ", e.Participants.Select(tags.DisplayName))));
        }
        console.Write(events);
        var topics = new Table().Title("topics").AddColumns("article", "topics");
        foreach (var t in tags.TopicRows)
        {
            topics.AddRow(Cell(t.Article), Cell(string.Join(", ", t.Topics)));
        }
        console.Write(topics);
        foreach (var d in problems)
        {
            console.MarkupLine(Markup.Escape(d.ToString()));
        }
    }

    private static string Cell(string? value) => Markup.Escape(value ?? "");
}
