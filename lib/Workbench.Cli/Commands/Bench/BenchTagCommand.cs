using System.CommandLine;
using System.Diagnostics;
using Spectre.Console;
using Workbench.Tagging;
using Workbench.Text;
using ArticleCorpus = Workbench.Corpus.Corpus;

namespace Workbench.Cli.Commands.Bench;

/// <summary>
/// <c>workbench bench tag [--articles N] [--seeds DIR] [--threads T]</c>: writes a synthetic corpus of N article files
/// made from the seeds into a temporary folder, then loads and cleans it (<c>Corpus.Load</c>) on T threads (default 1:
/// the target is per core), tags it and builds the frames (on one thread: the tagger does not run in parallel); prints MB/s, words/s, the wall and CPU time of each stage,
/// the allocations, the peak managed memory and the memory the tagged corpus still holds, against the text size.
/// A figure, not a test.
/// </summary>
/// <remarks>The seeds are first loaded and tagged over and over (<see cref="WarmUp"/>), so that the figure is the steady
/// state of optimised code rather than the JIT's first tiers. The first run at full size also pays for the heap's growth:
/// every page it touches for the first time is a page fault, and the collector promotes what the corpus holds. The
/// pipeline then runs again <see cref="RepeatRuns"/> times in the same process, each after the last result is dropped, as a
/// notebook kernel does when a cell is run again; the median of those is the warm-heap figure.</remarks>
internal static class BenchTagCommand
{
    /// <summary>How many times the whole pipeline runs again after the first run.</summary>
    private const int RepeatRuns = 3;

    public static Command Create(IAnsiConsole console) =>
        SyntheticCorpus.Verb("tag", "Load + clean + tag + frames: MB/s, words/s and peak memory over a synthetic corpus.", (settings, ct) => Run(settings, console, ct));

    private static int Run(BenchSettings settings, IAnsiConsole console, CancellationToken ct)
    {
        using var synthetic = SyntheticCorpus.Create(settings.Seeds, settings.Articles, console);
        if (synthetic is null)
        {
            return 2;
        }
        var bytes = synthetic.Bytes;
        var corpusOptions = SyntheticCorpus.LoadOptions(settings);
        WarmUp.Run(() =>
        {
            var seeds = Tagger.Tag(ArticleCorpus.Load(settings.Seeds, corpusOptions, ct), null, ct);
            _ = seeds.Mentions.Rows.Count + seeds.Entities.Rows.Count + seeds.Events.Rows.Count + seeds.Topics.Rows.Count;
        });
        GC.Collect();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        Pipeline first;
        AnnotatedCorpus? tags;
        CpuSplit spent;
        long peakBytes;
        // The sampling thread stops with the first run: it would otherwise run, and count, through the repeats.
        using (var peak = new PeakMemory(baseline))
        {
            var split = CpuSplit.Now();
            (first, tags) = Pipeline.Run(synthetic.Folder, corpusOptions, ct);
            spent = CpuSplit.Now() - split;
            peakBytes = peak.Peak;
        }
        var held = GC.GetTotalMemory(forceFullCollection: true) - baseline;
        var words = tags.Documents.Sum(d => (long)TextStatistics.CountWords(d.Article.Body));
        var documents = tags.Documents.Count;
        tags = null; // dropped: the repeats below each start from an empty heap
        var repeats = Pipeline.Repeat(RepeatRuns, synthetic.Folder, corpusOptions, ct);
        var (elapsed, cpuTime, allocated) = (first.Wall, first.Cpu, first.Allocated);
        var table = new Table().AddColumns("measure", "value");
        table.AddRow("articles tagged", $"{documents:N0} of {settings.Articles:N0}");
        table.AddRow("text", $"{bytes / 1e6:0.00} MB, {words:N0} words");
        table.AddRow("frame rows", $"{first.Rows:N0}");
        table.AddRow("threads", $"{settings.Threads} of {Environment.ProcessorCount} cores");
        table.AddRow("first run (load+clean+tag+frames)", $"{elapsed.TotalSeconds:0.00} s wall, {cpuTime.TotalSeconds:0.00} s CPU (all threads, GC included)");
        table.AddRow("CPU split (first run)", $"{spent.User.TotalSeconds:0.00} s user, {spent.Kernel.TotalSeconds:0.00} s kernel (file reads, and page faults as the heap grows)"
            + (spent.PageFaults is { } faults ? $"; {faults:N0} minor page faults (≈ {faults * Environment.SystemPageSize / 1e6:N0} MB paged in)" : ""));
        table.AddRow("GC pauses (first run)", $"{spent.GcPauses.TotalSeconds:0.00} s of the wall-clock time");
        table.AddRow("  load+clean", first.Load.Describe(bytes));
        table.AddRow("  tag", first.Tag.Describe(bytes));
        table.AddRow("  frames", first.Frames.Describe(bytes));
        table.AddRow("throughput (wall clock)", $"{bytes / 1e6 / elapsed.TotalSeconds:0.0} MB/s, {words / elapsed.TotalSeconds:N0} words/s");
        table.AddRow("throughput per CPU second", $"{bytes / 1e6 / cpuTime.TotalSeconds:0.0} MB/s, {words / cpuTime.TotalSeconds:N0} words/s");
        table.AddRow($"repeat runs, warm heap (median of {RepeatRuns})", repeats.Describe(bytes, words));
        table.AddRow("allocated (first run)", $"{allocated / 1e6:N0} MB ({allocated / 1e3 / Math.Max(1, documents):N0} KB per article; "
            + $"collections gen0 / gen1 / gen2: {first.Collections})");
        table.AddRow("peak managed memory", $"{peakBytes / 1e6:0.0} MB ({(double)peakBytes / bytes:0.00}× the text; garbage not yet collected included)");
        table.AddRow("held by corpus + tags", $"{held / 1e6:0.0} MB ({(double)held / bytes:0.00}× the text, after a full collection)");
        console.Write(table);
        return documents == settings.Articles ? 0 : 1;
    }

    /// <summary>Samples the managed heap every few milliseconds and keeps the highest value above the baseline.</summary>
    /// <remarks>A thread of its own that sleeps between samples: a thread-pool timer would wake a pool worker 200 times a
    /// second, and each then spins a while looking for more work, which showed up as up to 0.4 s of the measured CPU.</remarks>
    private sealed class PeakMemory : IDisposable
    {
        private readonly long _baseline;
        private readonly Thread _thread;
        private volatile bool _stop;
        private long _peak;

        public PeakMemory(long baseline)
        {
            _baseline = baseline;
            _thread = new Thread(Run) { IsBackground = true, Name = "bench peak memory" };
            _thread.Start();
        }

        public long Peak
        {
            get
            {
                Sample();
                return Interlocked.Read(ref _peak);
            }
        }

        private void Run()
        {
            while (!_stop)
            {
                Sample();
                Thread.Sleep(5);
            }
        }

        private void Sample()
        {
            var now = GC.GetTotalMemory(false) - _baseline;
            long seen;
            while (now > (seen = Interlocked.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, now, seen) != seen)
            {
            }
        }

        public void Dispose()
        {
            _stop = true;
            _thread.Join();
        }
    }
}
