using Workbench.Notebooks.Engine;

namespace Workbench.Notebooks.Tests.Engine;

public class DisplayTests
{
    [Fact]
    public async Task Display_shows_a_value_and_update_replaces_it_under_the_same_id()
    {
        using var session = ScriptSession.Create();
        var outcome = await Run.Cell(session, "var h = display(\"starting\");\nh.Update(\"done\");");
        var shown = Assert.IsType<DisplayEvent>(outcome.Events[0]);
        var updated = Assert.IsType<DisplayUpdateEvent>(outcome.Events[1]);
        Assert.Equal("starting", shown.Data.Get("text/plain"));
        Assert.Equal("done", updated.Data.Get("text/plain"));
        Assert.Equal(shown.DisplayId, updated.DisplayId);
    }

    [Fact]
    public async Task Events_reach_the_callback_as_they_happen_in_order()
    {
        using var session = ScriptSession.Create();
        var seen = new List<ExecutionEvent>();
        var outcome = await session.ExecuteAsync("display(1);\nConsole.WriteLine(\"two\");\n3", seen.Add);
        Assert.Equal(outcome.Events, seen);
        Assert.Collection(seen, e => Assert.IsType<DisplayEvent>(e), e => Assert.IsType<StreamEvent>(e), e => Assert.IsType<ResultEvent>(e));
    }

    [Fact]
    public async Task Streaming_submission_yields_the_same_events()
    {
        using var session = ScriptSession.Create();
        var events = new List<ExecutionEvent>();
        await foreach (var e in session.SubmitAsync("Console.Write(\"a\");\n42")) events.Add(e);
        Assert.IsType<StreamEvent>(events[0]);
        Assert.Equal(42.ToString(), Assert.IsType<ResultEvent>(events[1]).Data.Get("text/plain"));
    }
}
