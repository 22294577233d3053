using System.Diagnostics;
using System.Globalization;

namespace Workbench.Cli.Commands.Bench;

/// <summary>The wall-clock time, process CPU time and allocations of consecutive stages, and the collections since the
/// first began.</summary>
internal sealed class Stages
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly int[] _collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
    private TimeSpan _cpu = ProcessorTime();
    private long _allocated = GC.GetTotalAllocatedBytes(precise: true);

    /// <summary>The garbage collections of each generation since the first stage began: "gen0 / gen1 / gen2".</summary>
    public string Collections => string.Join(" / ", Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - _collections[g]));

    /// <summary>Ends the current stage and starts the next.</summary>
    public Stage Next()
    {
        var wall = _clock.Elapsed;
        var cpu = ProcessorTime();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var stage = new Stage(wall, cpu - _cpu, allocated - _allocated);
        (_cpu, _allocated) = (cpu, allocated);
        _clock.Restart();
        return stage;
    }

    private static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}

/// <summary>The process's CPU time in user and kernel mode, the time the GC has paused it, and its page faults, so far.</summary>
/// <remarks>Kernel time is mostly the files' reads and the page faults of memory the heap touches for the first time;
/// on some virtual machines a page fault costs ten times what it does on bare metal, which the benchmarks' CPU split
/// makes visible. Page faults are read where the system tells them (<c>/proc/self/stat</c> on Linux), else null.</remarks>
internal readonly record struct CpuSplit(TimeSpan User, TimeSpan Kernel, TimeSpan GcPauses, long? PageFaults)
{
    private const string Stat = "/proc/self/stat";

    public static CpuSplit Now()
    {
        using var process = Process.GetCurrentProcess();
        return new CpuSplit(process.UserProcessorTime, process.PrivilegedProcessorTime, GC.GetTotalPauseDuration(), MinorFaults());
    }

    public static CpuSplit operator -(CpuSplit a, CpuSplit b) =>
        new(a.User - b.User, a.Kernel - b.Kernel, a.GcPauses - b.GcPauses, a.PageFaults - b.PageFaults);

    /// <summary>The minor page faults so far: the tenth field of <c>/proc/self/stat</c>, counted after the command name
    /// (which may hold spaces, so the fields are read from its closing parenthesis).</summary>
    private static long? MinorFaults()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists(Stat))
        {
            return null;
        }
        var stat = File.ReadAllText(Stat);
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return fields.Length > 7 && long.TryParse(fields[7], NumberStyles.None, CultureInfo.InvariantCulture, out var faults) ? faults : null;
    }
}

internal readonly record struct Stage(TimeSpan Wall, TimeSpan Cpu, long Allocated)
{
    public string Describe(long bytes) =>
        $"{Wall.TotalSeconds:0.00} s wall, {Cpu.TotalSeconds:0.00} s CPU ({bytes / 1e6 / Cpu.TotalSeconds:0.0} MB per CPU-second), "
        + $"{Allocated / 1e6:N0} MB allocated";
}
