using Workbench.Notebooks.Diagnostics;
using Workbench.Notebooks.Engine;

namespace Workbench.Notebooks.Tests.Engine;

public class CancellationTests
{
    [Fact]
    public async Task A_cell_that_reads_its_token_stops_at_the_timeout()
    {
        using var session = ScriptSession.Create();
        var outcome = await Run.Cell(session, "while (true) { CancellationToken.ThrowIfCancellationRequested(); await Task.Delay(10); }", TimeSpan.FromMilliseconds(300));
        Assert.Equal(ExecutionStatus.Cancelled, outcome.Status);
        Assert.False(outcome.Abandoned);
        Assert.Equal(DiagnosticCodes.CellTimeout, outcome.Error().Diagnostics[0].Code);
    }

    [Fact]
    public async Task A_cell_that_ignores_its_token_is_abandoned_and_the_session_goes_on()
    {
        using var session = ScriptSession.Create(new SessionOptions { InterruptGrace = TimeSpan.FromMilliseconds(200) });
        await Run.Cell(session, "var kept = 5; var spin = true;");
        var outcome = await Run.Cell(session, "while (spin) { Thread.SpinWait(1000); }", TimeSpan.FromMilliseconds(200));
        Assert.True(outcome.Abandoned);
        Assert.Equal(DiagnosticCodes.CellTimeout, outcome.Error().Diagnostics[0].Code);
        Assert.Equal("5", (await Run.Cell(session, "kept")).Plain());
        await Run.Cell(session, "spin = false;"); // lets the abandoned loop end instead of spinning through the other tests
    }

    [Fact]
    public async Task Interrupt_cancels_the_running_cell()
    {
        using var session = ScriptSession.Create();
        var running = session.ExecuteAsync("await Task.Delay(-1, CancellationToken);", e => { });
        await Task.Delay(200);
        session.Interrupt();
        var outcome = await running;
        Assert.Equal(ExecutionStatus.Cancelled, outcome.Status);
        Assert.Equal(DiagnosticCodes.CellInterrupted, outcome.Error().Diagnostics[0].Code);
    }
}
