using System.Diagnostics;

namespace Workbench.Cli.Commands.Bench;

/// <summary>Brings the code a benchmark measures to its steady state before the clock starts.</summary>
/// <remarks>The JIT compiles a method quickly first and optimises it only after it has been called often, on a
/// background thread. A figure taken too early measures the quick code and the optimising compiler's CPU as well (seen as
/// up to 0.4 s of extra CPU in a 1.5 s load), so a round is repeated for about two seconds, then the queue is drained:
/// pause, run again, pause again.</remarks>
internal static class WarmUp
{
    /// <summary>Runs <paramref name="round"/> at least 20 times and for about two seconds, then twice 40 more times,
    /// each after a pause.</summary>
    public static void Run(Action round)
    {
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 20 || clock.Elapsed < TimeSpan.FromSeconds(2); i++)
        {
            round();
        }
        for (var pass = 0; pass < 2; pass++)
        {
            Thread.Sleep(300);
            for (var i = 0; i < 40; i++)
            {
                round();
            }
        }
        Thread.Sleep(300);
    }
}
