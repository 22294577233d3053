using Workbench.Notebooks.Engine;

namespace Workbench.Notebooks.Tests.Engine;

public class StreamTests
{
    [Fact]
    public async Task Stdout_and_stderr_arrive_as_ordered_stream_events()
    {
        using var session = ScriptSession.Create();
        var outcome = await Run.Cell(session, "Console.WriteLine(\"one\");\nConsole.Error.WriteLine(\"two\");\nConsole.Out.Write(\"three\");");
        var streams = outcome.Events.OfType<StreamEvent>().Select(s => (s.Name, s.Text)).ToList();
        Assert.Equal([("stdout", "one\n"), ("stderr", "two\n"), ("stdout", "three")], streams);
    }

    [Fact]
    public async Task Output_from_tasks_started_by_the_cell_is_captured()
    {
        using var session = ScriptSession.Create();
        var outcome = await Run.Cell(session, "await Task.Run(() => Console.WriteLine(\"from a task\"));");
        Assert.Equal("from a task\n", Assert.Single(outcome.Events.OfType<StreamEvent>()).Text);
    }

    [Fact]
    public async Task Console_ReadLine_is_answered_by_the_session_input_hook()
    {
        var prompts = new List<(string, bool)>();
        using var session = ScriptSession.Create(new SessionOptions { ReadInput = (p, pw) => { prompts.Add((p, pw)); return "Hà Nội"; } });
        Assert.Equal("Hà Nội", (await Run.Cell(session, "Console.ReadLine()")).Plain());
        Assert.Equal("Hà Nội", (await Run.Cell(session, "input(\"city?\", password: true)")).Plain());
        Assert.Equal(("city?", true), prompts[1]);
    }
}
