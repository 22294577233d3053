using System.CommandLine;
using Spectre.Console;
using Workbench.Corpus;
using ArticleCorpus = Workbench.Corpus.Corpus;

// Not "…Commands.Corpus": a namespace of that name would hide the Corpus type from every other command.
namespace Workbench.Cli.Commands.CorpusVerb;

/// <summary>The options of <c>workbench corpus</c>.</summary>
/// <param name="Path">The folder or file to load.</param>
/// <param name="Json">Print JSON instead of a table.</param>
/// <param name="Encoding">The encoding of files without a byte-order mark, or <see langword="null"/> to detect it.</param>
/// <param name="Knowledge">The cleaning-rules folder, or <see langword="null"/> for the repository's.</param>
internal sealed record CorpusCommandOptions(string Path, bool Json, string? Encoding, string? Knowledge);

/// <summary>
/// <c>workbench corpus [path] [--json] [--encoding NAME] [--knowledge DIR]</c>: loads a corpus and describes it — a table
/// of articles, a summary line and the load report. Exits non-zero only when the path does not exist or nothing loaded.
/// </summary>
internal static class CorpusCommand
{
    public const string DefaultPath = "data/articles";

    public static Command Create(IAnsiConsole console, IAnsiConsole? progressConsole = null)
    {
        var path = new Argument<string>("path") { Description = "A folder of articles or one .txt/.html/.jsonl file.", DefaultValueFactory = _ => DefaultPath };
        var json = new Option<bool>("--json") { Description = "Print the articles and the load report as JSON." };
        var encoding = new Option<string?>("--encoding") { Description = "Encoding of files without a byte-order mark (e.g. windows-1258); detected when omitted." };
        var knowledge = new Option<string?>("--knowledge") { Description = "Folder of cleaning rules (default: data/knowledge of the repository)." };
        var command = new Command("corpus", "Load, clean and describe the article corpus.") { path, json, encoding, knowledge };
        command.SetAction((result, ct) => RunAsync(
            new CorpusCommandOptions(result.GetValue(path)!, result.GetValue(json), result.GetValue(encoding), result.GetValue(knowledge)),
            console, progressConsole ?? StandardError(), ct));
        return command;
    }

    public static async Task<int> RunAsync(CorpusCommandOptions options, IAnsiConsole console, IAnsiConsole progressConsole, CancellationToken ct)
    {
        if (!File.Exists(options.Path) && !Directory.Exists(options.Path))
        {
            console.MarkupLine($"[red]error:[/] no file or folder at '{Markup.Escape(options.Path)}' (give a folder of .txt, .html or .jsonl articles).");
            return 2;
        }
        CorpusOptions loadOptions;
        try
        {
            loadOptions = new CorpusOptions
            {
                Encoding = options.Encoding is null ? null : CorpusOptions.EncodingNamed(options.Encoding),
                KnowledgeDirectory = options.Knowledge,
            };
            if (options.Knowledge is not null && !Directory.Exists(options.Knowledge))
            {
                throw new ArgumentException($"no knowledge folder at '{options.Knowledge}'");
            }
        }
        catch (ArgumentException e)
        {
            console.MarkupLine($"[red]error:[/] {Markup.Escape(e.Message)}");
            return 2;
        }
        var corpus = await LoadWithProgressAsync(options.Path, loadOptions, progressConsole, ct);
        if (options.Json)
        {
            console.Profile.Out.Writer.WriteLine(CorpusJson.Write(corpus));
        }
        else
        {
            CorpusView.Write(corpus, console);
        }
        return corpus.Count == 0 ? 1 : 0;
    }

    /// <summary>Loads in the background and, if that takes more than a second, shows a progress bar on <paramref name="progressConsole"/>.</summary>
    private static async Task<ArticleCorpus> LoadWithProgressAsync(string path, CorpusOptions options, IAnsiConsole progressConsole, CancellationToken ct)
    {
        var latest = new LatestProgress();
        var load = ArticleCorpus.LoadAsync(path, options with { Progress = latest }, ct);
        if (await Task.WhenAny(load, Task.Delay(TimeSpan.FromSeconds(1), ct)) == load)
        {
            return await load;
        }
        await progressConsole.Progress().AutoClear(true).StartAsync(async ctx =>
        {
            var task = ctx.AddTask("loading articles");
            while (!load.IsCompleted)
            {
                var p = latest.Value;
                task.MaxValue = Math.Max(1, p.FilesTotal);
                task.Value = p.FilesDone;
                task.Description = $"loading articles ({p.FilesDone:N0}/{p.FilesTotal:N0} files)";
                await Task.WhenAny(load, Task.Delay(100, ct));
            }
            task.Value = task.MaxValue;
        });
        return await load;
    }

    private static IAnsiConsole StandardError() =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

    /// <summary>Keeps the latest value only; reported from the loader's threads, read by the progress bar.</summary>
    private sealed class LatestProgress : IProgress<LoadProgress>
    {
        private readonly Lock _gate = new();
        private LoadProgress _value;

        public LoadProgress Value
        {
            get
            {
                lock (_gate)
                {
                    return _value;
                }
            }
        }

        public void Report(LoadProgress value)
        {
            lock (_gate)
            {
                if (value.FilesDone > _value.FilesDone)
                {
                    _value = value;
                }
            }
        }
    }
}
