using System.Globalization;
using Humanizer;
using Spectre.Console;
using Workbench.Corpus;
using Workbench.Diagnostics;
using Workbench.Text;
using ArticleCorpus = Workbench.Corpus.Corpus;

namespace Workbench.Cli.Commands.CorpusVerb;

/// <summary>The human view of a loaded corpus: the article table, the summary line and the load report.</summary>
internal static class CorpusView
{
    /// <summary>The most articles the table shows; a terminal is not the place for ten thousand rows.</summary>
    public const int MaxRows = 100;

    public static void Write(ArticleCorpus corpus, IAnsiConsole console)
    {
        if (corpus.Count > 0)
        {
            console.Write(ArticleTable(corpus.Take(MaxRows)));
            if (corpus.Count > MaxRows)
            {
                console.MarkupLine($"[grey](the first {MaxRows} of {corpus.Count:N0} articles; --json lists them all)[/]");
            }
        }
        console.MarkupLine($"[bold]{Markup.Escape(corpus.Describe())}[/]");
        WriteReport(corpus.Report, console);
    }

    private static Table ArticleTable(IEnumerable<Article> articles)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("id").AddColumn("lang").AddColumn("outlet").AddColumn(new TableColumn("title").Width(34))
            .AddColumn(new TableColumn("published").NoWrap())
            .AddColumn(new TableColumn("words").RightAligned()).AddColumn(new TableColumn("sentences").RightAligned())
            .AddColumn(new TableColumn("related").RightAligned());
        foreach (var a in articles)
        {
            table.AddRow(
                Markup.Escape(a.Id),
                a.Language,
                Markup.Escape(a.Outlet ?? "–"),
                a.Title is null ? "[grey]none[/]" : Markup.Escape(a.Title.Truncate(80)),
                a.Published is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "[grey]none[/]",
                TextStatistics.CountWords(a.Body).ToString("N0", CultureInfo.InvariantCulture),
                a.Sentences.Count.ToString(CultureInfo.InvariantCulture),
                a.RelatedHeadlines.Count.ToString(CultureInfo.InvariantCulture));
        }
        return table;
    }

    private static void WriteReport(LoadReport report, IAnsiConsole console)
    {
        var read = $"Read {"file".ToQuantity(report.Files, "N0", CultureInfo.InvariantCulture)} ({report.Bytes.Bytes().Humanize("0.#")}) in {report.Elapsed.Humanize(precision: 2, minUnit: Humanizer.TimeUnit.Millisecond)}";
        if (report.Diagnostics.Count == 0)
        {
            console.MarkupLine($"{Markup.Escape(read)}; no problems.");
            return;
        }
        var errors = report.Errors.Count();
        console.MarkupLine($"{Markup.Escape(read)}; {"problem".ToQuantity(report.Diagnostics.Count, "N0", CultureInfo.InvariantCulture)} ({errors} that kept something from loading):");
        var table = new Table().Border(TableBorder.Simple).AddColumn("code").AddColumn("severity").AddColumn("where").AddColumn("problem");
        foreach (var d in report.Diagnostics)
        {
            var colour = d.Severity switch { DiagnosticSeverity.Error => "red", DiagnosticSeverity.Warning => "yellow", _ => "grey" };
            table.AddRow(d.Code, $"[{colour}]{d.Severity.ToString().ToLowerInvariant()}[/]", Markup.Escape(d.Location), Markup.Escape(d.Message));
        }
        console.Write(table);
    }
}
