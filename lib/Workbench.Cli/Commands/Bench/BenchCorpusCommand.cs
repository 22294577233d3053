using System.CommandLine;
using System.Diagnostics;
using Spectre.Console;
using ArticleCorpus = Workbench.Corpus.Corpus;

namespace Workbench.Cli.Commands.Bench;

/// <summary>
/// <c>workbench bench corpus [--articles N] [--seeds DIR] [--threads T]</c>: writes a synthetic corpus of N article files built from the
/// seed articles into a temporary folder, loads it (decode, clean, segment) and prints MB/s and articles/s. The folder
/// is deleted afterwards. A figure, not a test.
/// </summary>
internal static class BenchCorpusCommand
{
    public static Command Create(IAnsiConsole console) =>
        SyntheticCorpus.Verb("corpus", "Corpus loading: MB/s and articles/s over a synthetic corpus made from the seeds.", (settings, ct) => Run(settings, console, ct));

    private static int Run(BenchSettings settings, IAnsiConsole console, CancellationToken ct)
    {
        var (count, seedFolder) = (settings.Articles, settings.Seeds);
        using var synthetic = SyntheticCorpus.Create(seedFolder, count, console);
        if (synthetic is null)
        {
            return 2;
        }
        var options = SyntheticCorpus.LoadOptions(settings);
        var clock = Stopwatch.StartNew();
        WarmUp.Run(() => ArticleCorpus.Load(seedFolder, options, ct)); // JIT tiers and rule compilation, not measured below
        var warmUp = clock.Elapsed;
        var stages = new Stages();
        var corpus = ArticleCorpus.Load(synthetic.Folder, options, ct);
        var (elapsed, cpu, allocated) = stages.Next();
        var collections = stages.Collections;
        var report = corpus.Report;
        var table = new Table().AddColumns("measure", "value");
        table.AddRow("articles loaded", $"{corpus.Count:N0} of {count:N0} ({report.Errors.Count()} errors)");
        table.AddRow("bytes", $"{report.Bytes / 1e6:0.00} MB");
        table.AddRow("sentences", $"{corpus.Sum(a => a.Sentences.Count):N0}");
        table.AddRow("warm-up, not measured (seeds, JIT, rules; pauses included)", $"{warmUp.TotalMilliseconds:0} ms");
        table.AddRow("load time", $"{elapsed.TotalSeconds:0.00} s on {settings.Threads} of {Environment.ProcessorCount} cores");
        table.AddRow("throughput", $"{report.Bytes / 1e6 / elapsed.TotalSeconds:0.0} MB/s");
        table.AddRow("articles per second", $"{corpus.Count / elapsed.TotalSeconds:N0}");
        // CPU time does not depend on what else the machine runs: the figure to compare between runs.
        table.AddRow("CPU time", $"{cpu.TotalSeconds:0.00} s ({report.Bytes / 1e6 / cpu.TotalSeconds:0.0} MB and {corpus.Count / cpu.TotalSeconds:N0} articles per CPU-second)");
        table.AddRow("allocated", $"{allocated / 1e6:N0} MB ({allocated / 1e3 / Math.Max(1, corpus.Count):N0} KB per article, collections gen0 / gen1 / gen2: {collections})");
        console.Write(table);
        return corpus.Count == count ? 0 : 1;
    }
}
