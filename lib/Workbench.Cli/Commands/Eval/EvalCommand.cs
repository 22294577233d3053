using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Workbench.Diagnostics;
using Workbench.Eval;
using Workbench.Cli.Commands.Tag;

namespace Workbench.Cli.Commands.Eval;

/// <summary>The options of <c>workbench eval</c>.</summary>
/// <param name="Gold">The gold JSONL file.</param>
/// <param name="Articles">The articles to tag and score.</param>
/// <param name="Json">Print the report as JSON.</param>
/// <param name="Knowledge">A knowledge folder to clean and tag with, or <see langword="null"/> for the defaults
/// (<see cref="TagInput.KnowledgeHelp"/>).</param>
internal sealed record EvalCommandOptions(string Gold, string Articles, bool Json, string? Knowledge);

/// <summary>
/// <c>workbench eval --gold FILE [--articles DIR] [--json]</c>: tags the articles and scores them against the gold file:
/// precision, recall and F1 for persons, countries, locations, topics and events, accuracy for title, published date,
/// language and outlet. Exit code 2 when the gold file or the articles are missing, or when the gold file holds no
/// record to score against (every line empty or unreadable: scores over nothing would read as perfect).
/// </summary>
internal static class EvalCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var gold = new Option<string>("--gold") { Description = "Gold annotations, one JSON line per article.", Required = true };
        var articles = new Option<string>("--articles") { Description = "The articles to tag.", DefaultValueFactory = _ => "data/articles" };
        var json = new Option<bool>("--json") { Description = "Print the scores as JSON." };
        var knowledge = new Option<string?>("--knowledge") { Description = TagInput.KnowledgeHelp };
        var command = new Command("eval", "Score the tagger against gold annotations (P/R/F1 and metadata accuracy).") { gold, articles, json, knowledge };
        command.SetAction((result, ct) => Task.FromResult(Run(
            new EvalCommandOptions(result.GetValue(gold)!, result.GetValue(articles)!, result.GetValue(json), result.GetValue(knowledge)), console, ct)));
        return command;
    }

    public static int Run(EvalCommandOptions options, IAnsiConsole console, CancellationToken ct)
    {
        var problems = new List<Diagnostic>();
        var gold = GoldJsonl.Read(options.Gold, problems);
        if (problems.Find(p => p.Code == DiagnosticCatalog.GoldFileNotFound.Code) is { } missing)
        {
            console.MarkupLine($"[red]error:[/] {Markup.Escape(missing.Message.TrimEnd('.'))} ({missing.Code}).");
            return 2;
        }
        if (gold.Count == 0)
        {
            problems.ForEach(p => console.MarkupLine(Markup.Escape(p.ToString())));
            console.MarkupLine($"[red]error:[/] no gold record in '{Markup.Escape(options.Gold)}' to score against"
                + (problems.Count > 0 ? " (the problems reading it are above)." : " (the file holds none)."));
            return 2;
        }
        if (TagInput.Load(options.Articles, options.Knowledge, console, ct) is not ({ } tags, var loading))
        {
            return 2;
        }
        var report = Scorer.Score(gold, GoldExport.From(tags));
        report = report with { Diagnostics = [.. problems, .. loading, .. report.Diagnostics] };
        if (options.Json)
        {
            console.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(EvalJson.From(report), EvalJson.Options));
            return 0;
        }
        var table = new Table().AddColumns("kind", "precision", "recall", "F1", "tp", "predicted", "gold");
        foreach (var s in report.Scores)
        {
            table.AddRow(s.Kind, F(s.Precision), F(s.Recall), F(s.F1), I(s.TruePositives), I(s.Predicted), I(s.Gold));
        }
        console.Write(table);
        var accuracy = new Table().AddColumns("field", "accuracy", "correct", "articles");
        foreach (var a in report.Accuracies)
        {
            accuracy.AddRow(a.Field, F(a.Value), I(a.Correct), I(a.Total));
        }
        console.Write(accuracy);
        foreach (var d in report.Diagnostics)
        {
            console.MarkupLine(Markup.Escape(d.ToString()));
        }
        return 0;
    }

    private static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);

    private static string I(int v) => v.ToString(CultureInfo.InvariantCulture);
}
