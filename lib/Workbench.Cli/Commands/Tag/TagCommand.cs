using System.CommandLine;
using Spectre.Console;
using Workbench.Corpus;
using Workbench.Diagnostics;
using Workbench.Eval;
using Workbench.Knowledge;
using Workbench.Tagging;
using ArticleCorpus = Workbench.Corpus.Corpus;

namespace Workbench.Cli.Commands.Tag;

/// <summary>The options of <c>workbench tag</c>.</summary>
/// <param name="Path">The folder or file of articles.</param>
/// <param name="Format"><c>table</c> (people, events, topics) or <c>gold-jsonl</c> (one line per article in the gold schema).</param>
/// <param name="Knowledge">A knowledge folder to clean and tag with, or <see langword="null"/> for the defaults
/// (<see cref="TagInput.KnowledgeHelp"/>).</param>
internal sealed record TagCommandOptions(string Path, string Format, string? Knowledge);

/// <summary>
/// <c>workbench tag [DIR] [--format table|gold-jsonl] [--knowledge DIR]</c>: loads and tags a corpus; prints the people,
/// events and topics as tables, or the gold-schema JSONL that <c>workbench eval</c> scores. The problems of loading and
/// tagging (a file that could not be read, a knowledge file missing) follow the tables, or go to standard error beside
/// the JSONL, never into it.
/// </summary>
internal static class TagCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var path = new Argument<string>("path") { Description = "A folder of articles or one .txt/.html/.jsonl file.", DefaultValueFactory = _ => "data/articles" };
        var format = new Option<string>("--format") { Description = "table or gold-jsonl.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "gold-jsonl");
        var knowledge = new Option<string?>("--knowledge") { Description = TagInput.KnowledgeHelp };
        var command = new Command("tag", "Tag people, places, organisations, events and topics in a corpus.") { path, format, knowledge };
        command.SetAction((result, ct) => Task.FromResult(Run(
            new TagCommandOptions(result.GetValue(path)!, result.GetValue(format)!, result.GetValue(knowledge)), console, Console.Error, ct)));
        return command;
    }

    /// <summary>Tags as <paramref name="options"/> ask: tables on <paramref name="console"/>, or gold JSONL there with the
    /// problems on <paramref name="errors"/> (standard error), so the JSONL stays valid.</summary>
    public static int Run(TagCommandOptions options, IAnsiConsole console, TextWriter errors, CancellationToken ct)
    {
        if (TagInput.Load(options.Path, options.Knowledge, console, ct) is not ({ } tags, var problems))
        {
            return 2;
        }
        if (options.Format == "gold-jsonl")
        {
            foreach (var record in GoldExport.From(tags))
            {
                console.Profile.Out.Writer.WriteLine(GoldJsonl.ToLine(record));
            }
            foreach (var d in problems)
            {
                errors.WriteLine(d.ToString());
            }
            return 0;
        }
        TagView.Write(tags, problems, console);
        return 0;
    }
}

/// <summary>Loads and tags the articles a tagging verb is given, reporting a bad path or knowledge folder.</summary>
internal static class TagInput
{
    /// <summary>What <c>--knowledge</c> does, said the same way by every verb that tags.</summary>
    public const string KnowledgeHelp = "Folder of knowledge files for cleaning and tagging (default: the built-in copy; cleaning "
        + "reads the data/knowledge folder nearest the articles when there is one).";

    /// <summary>The tagged corpus and every problem met on the way: files that could not be loaded, knowledge that could
    /// not be read, articles that could not be tagged; <see langword="null"/> (said on <paramref name="console"/>) for a
    /// path or knowledge folder that does not exist.</summary>
    /// <remarks>A knowledge folder serves both steps: its cleaning rules clean the articles, its tagger files tag them.</remarks>
    public static (AnnotatedCorpus Tags, IReadOnlyList<Diagnostic> Problems)? Load(string path, string? knowledge, IAnsiConsole console, CancellationToken ct)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            console.MarkupLine($"[red]error:[/] no file or folder at '{Markup.Escape(path)}' (give a folder of .txt, .html or .jsonl articles).");
            return null;
        }
        if (knowledge is not null && !Directory.Exists(knowledge))
        {
            console.MarkupLine($"[red]error:[/] no knowledge folder at '{Markup.Escape(knowledge)}'.");
            return null;
        }
        var corpus = ArticleCorpus.Load(path, new CorpusOptions { KnowledgeDirectory = knowledge }, ct);
        var tags = Tagger.Tag(corpus, new TaggerOptions { Knowledge = knowledge is null ? KnowledgeBase.BuiltIn : KnowledgeBase.Load(knowledge) }, ct);
        // Cleaning and tagging both read a few files (dates-months.tsv) of one knowledge folder: a problem in them is told once.
        return (tags, [.. corpus.Report.Diagnostics.Concat(tags.Diagnostics).Distinct()]);
    }
}
