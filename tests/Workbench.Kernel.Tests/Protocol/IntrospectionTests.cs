using Workbench.Kernel.Protocol.Messages;
using Workbench.Kernel.Tests.Support;

namespace Workbench.Kernel.Tests.Protocol;

public class IntrospectionTests
{
    [Theory]
    [InlineData("xi", 2, 0)]
    [InlineData("print Việt 🌏 xi", 15, 13)]
    [InlineData("🇻🇳🇻🇳 xin_ch", 11, 5)]
    public void Completion_offsets_are_code_points_both_ways(string code, int cursor, int expectedStart)
    {
        using var kernel = new RunningKernel();
        var reply = kernel.Client.Request(kernel.Client.Shell, new CompleteRequest(code, cursor), RunningKernel.Timeout).Reply.ContentJson;
        Assert.Equal(expectedStart, reply.GetProperty("cursor_start").GetInt32());
        Assert.Equal(cursor, reply.GetProperty("cursor_end").GetInt32());
        Assert.Contains("xin_chào", reply.GetProperty("matches").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public void Inspect_converts_the_cursor_from_code_points()
    {
        using var kernel = new RunningKernel();
        // Code point 2 is 'Z'; in UTF-16 it is unit 3, after the emoji's two units.
        var reply = kernel.Client.Request(kernel.Client.Shell, new InspectRequest("🌏aZ", 2), RunningKernel.Timeout).Reply.ContentJson;
        Assert.True(reply.GetProperty("found").GetBoolean());
        Assert.Equal("char 'Z' at 3", reply.GetProperty("data").GetProperty("text/plain").GetString());
    }

    [Theory]
    [InlineData("print a", "complete")]
    [InlineData("if {", "incomplete")]
    public void Is_complete_answers_from_the_backend(string code, string status)
    {
        using var kernel = new RunningKernel();
        var reply = kernel.Client.Request(kernel.Client.Shell, new IsCompleteRequest(code), RunningKernel.Timeout).Reply.ContentJson;
        Assert.Equal(status, reply.GetProperty("status").GetString());
    }

    [Fact]
    public void Comm_info_and_history_are_answered()
    {
        using var kernel = new RunningKernel();
        kernel.Execute("print one");
        var comms = kernel.Client.Request(kernel.Client.Shell, new CommInfoRequest(), RunningKernel.Timeout).Reply;
        Assert.Equal("comm_info_reply", comms.MsgType);
        var history = kernel.Client.Request(kernel.Client.Shell, new HistoryRequest(), RunningKernel.Timeout).Reply.ContentJson;
        Assert.Equal("print one", history.GetProperty("history")[0][2].GetString());
    }

    [Fact]
    public void A_cell_reading_a_line_without_stdin_gets_no_input_and_it_is_logged()
    {
        using var kernel = new RunningKernel();
        var exchange = kernel.Execute("input name?", allowStdin: false);
        Assert.Contains(exchange.Iopub, m => m.MsgType == "stream" && m.ContentJson.GetProperty("text").GetString() == "got <no stdin>\n");
        Assert.Contains("WB206", kernel.Log);
    }

    [Fact]
    public void A_cell_reading_a_line_asks_the_front_end_on_stdin()
    {
        using var kernel = new RunningKernel();
        var request = kernel.Client.Send(kernel.Client.Shell, new ExecuteRequest("input Tên bạn?", AllowStdin: true));
        var prompt = kernel.Client.Receive(kernel.Client.Stdin, RunningKernel.Timeout)!;
        Assert.Equal("Tên bạn?", prompt.ContentAs<InputRequest>().Prompt);
        kernel.Client.Send(kernel.Client.Stdin, new InputReply("Lan"));
        var outputs = kernel.Client.IopubUntilIdle(request.Header.MsgId, RunningKernel.Timeout);
        Assert.Contains(outputs, m => m.MsgType == "stream" && m.ContentJson.GetProperty("text").GetString() == "got Lan\n");
        Assert.Equal("execute_reply", kernel.Client.ReplyTo(kernel.Client.Shell, request, RunningKernel.Timeout).MsgType);
    }
}
