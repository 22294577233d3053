using System.CommandLine;
using System.Diagnostics;
using Spectre.Console;
using Workbench.Corpus;
using Workbench.Tagging;
using Workbench.Text;
using ArticleCorpus = Workbench.Corpus.Corpus;

namespace Workbench.Cli.Commands.Bench;

/// <summary>
/// <c>workbench bench tag [--articles N] [--seeds DIR] [--threads T]</c>: writes a synthetic corpus of N article files
/// made from the seeds into a temporary folder, then loads and cleans it (<c>Corpus.Load</c>), tags it and builds the
/// frames on T threads (default 1: the target is per core); prints MB/s, words/s, the wall and CPU time of each stage,
/// the allocations, the peak managed memory and the memory the tagged corpus still holds, against the text size.
/// A figure, not a test.
/// </summary>
/// <remarks>The seeds are first loaded and tagged over and over (<see cref="WarmUp"/>), so that the figure is the steady
/// state of optimised code rather than the JIT's first tiers.</remarks>
internal static class BenchTagCommand
{
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
        var corpusOptions = new CorpusOptions { MaxDegreeOfParallelism = settings.Threads };
        WarmUp.Run(() =>
        {
            var seeds = Tagger.Tag(ArticleCorpus.Load(settings.Seeds, corpusOptions, ct), null, ct);
            _ = seeds.Mentions.Rows.Count + seeds.Entities.Rows.Count + seeds.Events.Rows.Count + seeds.Topics.Rows.Count;
        });
        GC.Collect();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        using var peak = new PeakMemory(baseline);
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        int[] collectionsBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        var split = CpuSplit.Now();
        var stages = new Stages();
        var corpus = ArticleCorpus.Load(synthetic.Folder, corpusOptions, ct);
        var load = stages.Next();
        var tags = Tagger.Tag(corpus, null, ct);
        var tag = stages.Next();
        var rows = tags.Mentions.Rows.Count + tags.Entities.Rows.Count + tags.Events.Rows.Count + tags.Topics.Rows.Count;
        var frames = stages.Next();
        var (elapsed, cpuTime) = (load.Wall + tag.Wall + frames.Wall, load.Cpu + tag.Cpu + frames.Cpu);
        var spent = CpuSplit.Now() - split;
        var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;
        var collections = string.Join(" / ", Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - collectionsBefore[g]));
        var peakBytes = peak.Peak;
        var held = GC.GetTotalMemory(forceFullCollection: true) - baseline;
        var words = tags.Documents.Sum(d => (long)TextStatistics.CountWords(d.Article.Body));
        var table = new Table().AddColumns("measure", "value");
        table.AddRow("articles tagged", $"{tags.Documents.Count:N0} of {settings.Articles:N0}");
        table.AddRow("text", $"{bytes / 1e6:0.00} MB, {words:N0} words");
        table.AddRow("frame rows", $"{rows:N0}");
        table.AddRow("threads", $"{settings.Threads} of {Environment.ProcessorCount} cores");
        table.AddRow("time (load+clean+tag+frames)", $"{elapsed.TotalSeconds:0.00} s wall, {cpuTime.TotalSeconds:0.00} s CPU (all threads, GC included)");
        table.AddRow("  load+clean", load.Describe(bytes));
        table.AddRow("  tag", tag.Describe(bytes));
        table.AddRow("  frames", frames.Describe(bytes));
        table.AddRow("  of which", $"{spent.User.TotalSeconds:0.00} s user, {spent.Kernel.TotalSeconds:0.00} s kernel (file reads, and page faults as the heap grows); "
            + $"GC pauses {spent.GcPauses.TotalSeconds:0.00} s");
        table.AddRow("throughput (wall clock)", $"{bytes / 1e6 / elapsed.TotalSeconds:0.0} MB/s, {words / elapsed.TotalSeconds:N0} words/s");
        table.AddRow("throughput per CPU second", $"{bytes / 1e6 / cpuTime.TotalSeconds:0.0} MB/s, {words / cpuTime.TotalSeconds:N0} words/s");
        table.AddRow("allocated", $"{allocated / 1e6:N0} MB ({allocated / 1e3 / Math.Max(1, tags.Documents.Count):N0} KB per article; "
            + $"collections gen0 / gen1 / gen2: {collections})");
        table.AddRow("peak managed memory", $"{peakBytes / 1e6:0.0} MB ({(double)peakBytes / bytes:0.00}× the text; garbage not yet collected included)");
        table.AddRow("held by corpus + tags", $"{held / 1e6:0.0} MB ({(double)held / bytes:0.00}× the text, after a full collection)");
        console.Write(table);
        GC.KeepAlive(tags);
        return tags.Documents.Count == settings.Articles ? 0 : 1;
    }

    /// <summary>The wall-clock time, process CPU time and allocations of consecutive stages.</summary>
    private sealed class Stages
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private TimeSpan _cpu = Process.GetCurrentProcess().TotalProcessorTime;
        private long _allocated = GC.GetTotalAllocatedBytes(precise: true);

        /// <summary>Ends the current stage and starts the next.</summary>
        public Stage Next()
        {
            var wall = _clock.Elapsed;
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var stage = new Stage(wall, cpu - _cpu, allocated - _allocated);
            (_cpu, _allocated) = (cpu, allocated);
            _clock.Restart();
            return stage;
        }
    }

    /// <summary>The process's CPU time in user and kernel mode, and the time the GC has paused it, so far.</summary>
    /// <remarks>Kernel time is mostly the files' reads and the page faults of memory the heap touches for the first time;
    /// on some virtual machines a page fault costs ten times what it does on bare metal, which this row makes visible.</remarks>
    private readonly record struct CpuSplit(TimeSpan User, TimeSpan Kernel, TimeSpan GcPauses)
    {
        public static CpuSplit Now()
        {
            using var process = Process.GetCurrentProcess();
            return new CpuSplit(process.UserProcessorTime, process.PrivilegedProcessorTime, GC.GetTotalPauseDuration());
        }

        public static CpuSplit operator -(CpuSplit a, CpuSplit b) => new(a.User - b.User, a.Kernel - b.Kernel, a.GcPauses - b.GcPauses);
    }

    private readonly record struct Stage(TimeSpan Wall, TimeSpan Cpu, long Allocated)
    {
        public string Describe(long bytes) =>
            $"{Wall.TotalSeconds:0.00} s wall, {Cpu.TotalSeconds:0.00} s CPU ({bytes / 1e6 / Cpu.TotalSeconds:0.0} MB per CPU-second), "
            + $"{Allocated / 1e6:N0} MB allocated";
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
