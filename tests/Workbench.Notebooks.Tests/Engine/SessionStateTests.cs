using Workbench.Notebooks.Engine;

namespace Workbench.Notebooks.Tests.Engine;

public class SessionStateTests
{
    [Fact]
    public async Task Variables_types_and_usings_persist_across_cells()
    {
        using var session = ScriptSession.Create();
        await Run.Cell(session, "using System.Globalization;\nrecord Point(int X, int Y);\nvar p = new Point(2, 3);");
        var outcome = await Run.Cell(session, "(p.X * p.Y).ToString(CultureInfo.InvariantCulture)");
        Assert.Equal(ExecutionStatus.Succeeded, outcome.Status);
        Assert.Equal("6", outcome.Plain());
        Assert.Equal(2, outcome.ExecutionCount);
    }

    [Fact]
    public async Task A_failing_cell_does_not_lose_earlier_state()
    {
        using var session = ScriptSession.Create();
        await Run.Cell(session, "var a = 10;");
        await Run.Cell(session, "throw new InvalidOperationException(\"boom\");");
        Assert.Equal("11", (await Run.Cell(session, "a + 1")).Plain());
    }

    [Fact]
    public async Task Reset_forgets_state_and_restarts_the_count()
    {
        using var session = ScriptSession.Create();
        await Run.Cell(session, "var a = 10;");
        session.Reset();
        var outcome = await Run.Cell(session, "a");
        Assert.Equal(ExecutionStatus.Failed, outcome.Status);
        Assert.Equal(1, outcome.ExecutionCount);
    }
}
