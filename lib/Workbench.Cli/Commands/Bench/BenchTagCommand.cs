using System.CommandLine;
using System.Diagnostics;
using Spectre.Console;
using Workbench.Tagging;
using Workbench.Text;
using ArticleCorpus = Workbench.Corpus.Corpus;

namespace Workbench.Cli.Commands.Bench;

/// <summary>
/// <c>workbench bench tag [--articles N] [--seeds DIR]</c>: writes a synthetic corpus of N article files made from the
/// seeds into a temporary folder, then loads and cleans it (<c>Corpus.Load</c>, files read in parallel), tags it on one
/// thread and builds the frames; prints MB/s, words/s, the time of each stage, the allocations and the peak managed
/// memory against the text size. A figure, not a test.
/// </summary>
/// <remarks>The seeds are first loaded and tagged for about two seconds, so that the figure is the steady state of
/// optimised code rather than the JIT's first tiers.</remarks>
internal static class BenchTagCommand
{
    public static Command Create(IAnsiConsole console) =>
        SyntheticCorpus.Verb("tag", "Load + clean + tag + frames: MB/s, words/s and peak memory over a synthetic corpus.", (count, seeds, ct) => Run(count, seeds, console, ct));

    private static int Run(int count, string seedFolder, IAnsiConsole console, CancellationToken ct)
    {
        using var synthetic = SyntheticCorpus.Create(seedFolder, count, console);
        if (synthetic is null)
        {
            return 2;
        }
        var bytes = synthetic.Bytes;
        WarmUp(seedFolder, ct);
        GC.Collect();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        using var peak = new PeakMemory(baseline);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        int[] collectionsBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        var clock = Stopwatch.StartNew();
        var corpus = ArticleCorpus.Load(synthetic.Folder, null, ct);
        var loaded = clock.Elapsed;
        var tags = Tagger.Tag(corpus, null, ct);
        var tagged = clock.Elapsed;
        var rows = tags.Mentions.Rows.Count + tags.Entities.Rows.Count + tags.Events.Rows.Count + tags.Topics.Rows.Count;
        var elapsed = clock.Elapsed;
        var cpuTime = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;
        var collections = string.Join(" / ", Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - collectionsBefore[g]));
        var words = tags.Documents.Sum(d => (long)TextStatistics.CountWords(d.Article.Body));
        var table = new Table().AddColumns("measure", "value");
        table.AddRow("articles tagged", $"{tags.Documents.Count:N0} of {count:N0}");
        table.AddRow("text", $"{bytes / 1e6:0.00} MB, {words:N0} words");
        table.AddRow("frame rows", $"{rows:N0}");
        table.AddRow("time (load+clean+tag+frames)", $"{elapsed.TotalSeconds:0.00} s (load+clean {loaded.TotalSeconds:0.00} s, "
            + $"tag {(tagged - loaded).TotalSeconds:0.00} s, frames {(elapsed - tagged).TotalSeconds:0.00} s)");
        table.AddRow("throughput (wall clock)", $"{bytes / 1e6 / elapsed.TotalSeconds:0.0} MB/s, {words / elapsed.TotalSeconds:N0} words/s");
        table.AddRow("throughput per CPU second", $"{bytes / 1e6 / cpuTime.TotalSeconds:0.0} MB/s, {words / cpuTime.TotalSeconds:N0} words/s ({cpuTime.TotalSeconds:0.00} s CPU, all threads)");
        table.AddRow("allocated", $"{allocated / 1e6:N0} MB ({allocated / 1e3 / Math.Max(1, tags.Documents.Count):N0} KB per article; "
            + $"collections gen0 / gen1 / gen2: {collections})");
        table.AddRow("peak managed memory", $"{peak.Peak / 1e6:0.0} MB ({(double)peak.Peak / bytes:0.00}× the text)");
        console.Write(table);
        return tags.Documents.Count == count ? 0 : 1;
    }

    /// <summary>Loads and tags the seeds until about two seconds have passed (at least 20 rounds), frames included.</summary>
    private static void WarmUp(string seedFolder, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        for (var round = 0; round < 20 || clock.Elapsed < TimeSpan.FromSeconds(2); round++)
        {
            var tags = Tagger.Tag(ArticleCorpus.Load(seedFolder, null, ct), null, ct);
            _ = tags.Mentions.Rows.Count + tags.Entities.Rows.Count + tags.Events.Rows.Count + tags.Topics.Rows.Count;
        }
    }

    /// <summary>Samples the managed heap every few milliseconds and keeps the highest value above the baseline.</summary>
    private sealed class PeakMemory : IDisposable
    {
        private readonly Timer _timer;
        private long _peak;

        public PeakMemory(long baseline) => _timer = new Timer(_ => Sample(baseline), null, 0, 5);

        public long Peak
        {
            get
            {
                Sample(0);
                return Interlocked.Read(ref _peak);
            }
        }

        private void Sample(long baseline)
        {
            var now = GC.GetTotalMemory(false) - baseline;
            long seen;
            while (now > (seen = Interlocked.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, now, seen) != seen)
            {
            }
        }

        public void Dispose() => _timer.Dispose();
    }
}
