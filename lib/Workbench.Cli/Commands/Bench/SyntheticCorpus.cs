using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Workbench.Corpus;

namespace Workbench.Cli.Commands.Bench;

/// <summary>
/// A temporary folder of article files copied round-robin from a folder of seed articles, a thousand to a sub-folder,
/// for the benchmarks; deleted on dispose.
/// </summary>
internal sealed class SyntheticCorpus : IDisposable
{
    private static readonly string[] s_kinds = [".txt", ".html", ".htm", ".jsonl"];
    private readonly DirectoryInfo _folder;

    private SyntheticCorpus(DirectoryInfo folder, long bytes)
    {
        _folder = folder;
        Bytes = bytes;
    }

    /// <summary>The folder holding the copies.</summary>
    public string Folder => _folder.FullName;

    /// <summary>The size of all copies together.</summary>
    public long Bytes { get; }

    /// <summary>
    /// A benchmark verb over a synthetic corpus: <c>--articles N</c> (default 10,000) copies of the files in
    /// <c>--seeds DIR</c> (default <c>data/articles</c>), loaded on <c>--threads T</c> threads (default 1, because the
    /// targets are per core), handed to <paramref name="run"/> with the cancellation token.
    /// </summary>
    public static Command Verb(string name, string description, Func<BenchSettings, CancellationToken, int> run)
    {
        var articles = new Option<int>("--articles") { Description = "Articles in the synthetic corpus.", DefaultValueFactory = _ => 10_000 };
        var seeds = new Option<string>("--seeds") { Description = "Folder of seed articles to copy.", DefaultValueFactory = _ => "data/articles" };
        var threads = new Option<int>("--threads") { Description = "Threads that load and clean; tagging runs on one (1 measures one core).", DefaultValueFactory = _ => 1 };
        var command = new Command(name, description) { articles, seeds, threads };
        command.SetAction((result, ct) => Task.FromResult(run(
            new BenchSettings(Math.Max(1, result.GetValue(articles)), result.GetValue(seeds)!, Math.Clamp(result.GetValue(threads), 1, Environment.ProcessorCount)), ct)));
        return command;
    }

    /// <summary>How the benchmarks load both the seeds (warm-up) and the copies (measured): with the cleaning rules of the
    /// knowledge folder beside the seeds (<c>data/knowledge</c> for <c>data/articles</c>), since the copies in a temporary
    /// folder have none near them; on <see cref="BenchSettings.Threads"/> threads.</summary>
    public static CorpusOptions LoadOptions(BenchSettings settings)
    {
        var near = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(settings.Seeds)) ?? "", "knowledge");
        var knowledge = Directory.Exists(near) && File.Exists(Path.Combine(near, "cleaning.jsonl")) ? near : null;
        return new CorpusOptions { KnowledgeDirectory = knowledge, MaxDegreeOfParallelism = settings.Threads };
    }

    /// <summary>Writes <paramref name="count"/> copies, or says on <paramref name="console"/> that there are no seeds and returns null.</summary>
    public static SyntheticCorpus? Create(string seedFolder, int count, IAnsiConsole console)
    {
        var seeds = Directory.Exists(seedFolder)
            ? Directory.GetFiles(seedFolder).Where(f => s_kinds.Contains(Path.GetExtension(f))).Order(StringComparer.Ordinal)
                .Select(f => (Name: Path.GetFileName(f), Bytes: File.ReadAllBytes(f))).ToArray()
            : [];
        if (seeds.Length == 0)
        {
            console.MarkupLine($"[red]error:[/] no seed articles in '{Markup.Escape(seedFolder)}'.");
            return null;
        }
        var folder = Directory.CreateTempSubdirectory("wb-bench-");
        long bytes = 0;
        for (var i = 0; i < count; i++)
        {
            var seed = seeds[i % seeds.Length];
            var dir = Path.Combine(folder.FullName, (i / 1000).ToString("D3", CultureInfo.InvariantCulture));
            Directory.CreateDirectory(dir);
            File.WriteAllBytes(Path.Combine(dir, $"{i:D6}_{seed.Name}"), seed.Bytes);
            bytes += seed.Bytes.Length;
        }
        return new SyntheticCorpus(folder, bytes);
    }

    /// <inheritdoc/>
    public void Dispose() => _folder.Delete(recursive: true);
}

/// <summary>What a benchmark over a synthetic corpus was asked for.</summary>
/// <param name="Articles">How many article files to write.</param>
/// <param name="Seeds">The folder of seed articles they are copied from.</param>
/// <param name="Threads">How many threads load and clean.</param>
internal sealed record BenchSettings(int Articles, string Seeds, int Threads);
