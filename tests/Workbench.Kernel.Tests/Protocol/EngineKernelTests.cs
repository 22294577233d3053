using Workbench.Kernel.Handlers.CSharp;
using Workbench.Kernel.Protocol;
using Workbench.Kernel.Protocol.Messages;
using Workbench.Kernel.Tests.Support;
using Workbench.Notebooks.Engine;

namespace Workbench.Kernel.Tests.Protocol;

/// <summary>One C# kernel over the real notebook engine, shared by the tests of this class (starting one costs seconds).</summary>
public sealed class CSharpKernelFixture : IDisposable
{
    internal RunningKernel Kernel { get; } = new(new EngineBackend(new SessionOptions()));

    public void Dispose() => Kernel.Dispose();
}

public class EngineKernelTests(CSharpKernelFixture fixture) : IClassFixture<CSharpKernelFixture>
{
    private RunningKernel Kernel => fixture.Kernel;

    private static string Plain(JupyterMessage m) => m.ContentJson.GetProperty("data").GetProperty("text/plain").GetString()!;

    [Fact]
    public void A_CSharp_cell_streams_displays_updates_and_returns_its_value_in_order()
    {
        var exchange = Kernel.Execute("Console.WriteLine(\"xin chào\");\nvar h = display(1);\nh.Update(2);\n6 * 7");
        Assert.Equal(
            ["status", "execute_input", "stream", "display_data", "update_display_data", "execute_result", "status"],
            exchange.Iopub.Select(m => m.MsgType));
        Assert.Equal("xin chào\n", exchange.Iopub[2].ContentJson.GetProperty("text").GetString());
        Assert.Equal("42", Plain(exchange.Iopub[5]));
        var id = exchange.Iopub[3].ContentJson.GetProperty("transient").GetProperty("display_id").GetString();
        Assert.Equal(id, exchange.Iopub[4].ContentJson.GetProperty("transient").GetProperty("display_id").GetString());
    }

    [Fact]
    public void A_compile_error_is_an_error_reply()
    {
        var exchange = Kernel.Execute("int x = \"not a number\";");
        Assert.Equal("error", exchange.Reply.ContentJson.GetProperty("status").GetString());
        Assert.Contains(exchange.Iopub, m => m.MsgType == "error");
    }

    [Fact]
    public void An_interrupt_stops_a_long_CSharp_cell_and_the_session_goes_on()
    {
        Kernel.Execute("var kept = 5;");
        var request = Kernel.Client.Send(Kernel.Client.Shell, new ExecuteRequest(
            "Console.WriteLine(\"started\");\nwhile (true) { CancellationToken.ThrowIfCancellationRequested(); await Task.Delay(10); }"));
        Kernel.Client.WaitForIopub(request.Header.MsgId, "stream", RunningKernel.Timeout);
        Kernel.Client.Request(Kernel.Client.Control, new InterruptRequest(), RunningKernel.Timeout);
        var reply = Kernel.Client.Receive(Kernel.Client.Shell, RunningKernel.Timeout)!;
        Assert.Equal("error", reply.ContentJson.GetProperty("status").GetString());
        Assert.Equal("OperationCanceledException", reply.ContentJson.GetProperty("ename").GetString());
        var after = Kernel.Execute("kept + 1");
        Assert.Equal("6", Plain(after.Iopub.Single(m => m.MsgType == "execute_result")));
    }

    [Fact]
    public void Completion_after_Vietnamese_text_and_an_emoji_uses_code_point_offsets()
    {
        Kernel.Execute("var thủĐô = \"Hà Nội\";");
        var code = "var cờ = \"🇻🇳\"; thủ";
        var cursor = code.EnumerateRunes().Count();
        var reply = Kernel.Client.Request(Kernel.Client.Shell, new CompleteRequest(code, cursor), RunningKernel.Timeout).Reply.ContentJson;
        Assert.Contains("thủĐô", reply.GetProperty("matches").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(cursor - 3, reply.GetProperty("cursor_start").GetInt32());
        Assert.Equal(cursor, reply.GetProperty("cursor_end").GetInt32());
    }

    [Fact]
    public void Inspect_after_an_emoji_finds_the_symbol_at_the_code_point_cursor()
    {
        Kernel.Execute("var tênThànhPhố = \"Huế\";");
        var code = "\"🌏\" + tênThànhPhố";
        var cursor = "\"🌏\" + tên".EnumerateRunes().Count();
        var reply = Kernel.Client.Request(Kernel.Client.Shell, new InspectRequest(code, cursor), RunningKernel.Timeout).Reply.ContentJson;
        Assert.True(reply.GetProperty("found").GetBoolean());
        Assert.Contains("tênThànhPhố", reply.GetProperty("data").GetProperty("text/plain").GetString());
    }

    [Fact]
    public void Console_ReadLine_in_a_cell_is_answered_through_stdin()
    {
        var request = Kernel.Client.Send(Kernel.Client.Shell, new ExecuteRequest("var name = Console.ReadLine();\n$\"chào {name}\"", AllowStdin: true));
        var prompt = Kernel.Client.Receive(Kernel.Client.Stdin, RunningKernel.Timeout);
        Assert.Equal("input_request", prompt?.MsgType);
        Kernel.Client.Send(Kernel.Client.Stdin, new InputReply("Lan"));
        var outputs = Kernel.Client.IopubUntilIdle(request.Header.MsgId, RunningKernel.Timeout);
        Assert.Contains("chào Lan", Plain(outputs.Single(m => m.MsgType == "execute_result")));
        Assert.Equal("ok", Kernel.Client.ReplyTo(Kernel.Client.Shell, request, RunningKernel.Timeout).ContentJson.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("var x = 1;", "complete")]
    [InlineData("if (true) {", "incomplete")]
    public void Is_complete_follows_CSharp_syntax(string code, string status)
    {
        var reply = Kernel.Client.Request(Kernel.Client.Shell, new IsCompleteRequest(code), RunningKernel.Timeout).Reply.ContentJson;
        Assert.Equal(status, reply.GetProperty("status").GetString());
    }

    [Fact]
    public void Kernel_info_describes_CSharp()
    {
        var reply = Kernel.Client.Request(Kernel.Client.Shell, new KernelInfoRequest(), RunningKernel.Timeout).Reply.ContentJson;
        Assert.Equal("C#", reply.GetProperty("language_info").GetProperty("name").GetString());
        Assert.Equal(".cs", reply.GetProperty("language_info").GetProperty("file_extension").GetString());
    }
}
