using System.Text.Json;
using Workbench.Kernel.Protocol;
using Workbench.Kernel.Protocol.Messages;
using Workbench.Kernel.Tests.Support;
using Workbench.Kernel.Transport;

namespace Workbench.Kernel.Tests.Protocol;

public class KernelProtocolTests
{
    private static string[] Types(Exchange exchange) => exchange.Iopub.Select(m => m.MsgType).ToArray();

    private static string State(JupyterMessage status) => status.ContentJson.GetProperty("execution_state").GetString()!;

    [Fact]
    public void Kernel_info_is_answered_with_language_info_between_busy_and_idle()
    {
        using var kernel = new RunningKernel();
        var exchange = kernel.Client.Request(kernel.Client.Shell, new KernelInfoRequest(), RunningKernel.Timeout);
        var reply = exchange.Reply.ContentJson;
        Assert.Equal("5.3", reply.GetProperty("protocol_version").GetString());
        Assert.Equal("fake", reply.GetProperty("language_info").GetProperty("name").GetString());
        Assert.Equal(["busy", "idle"], exchange.Iopub.Select(State));
    }

    [Fact]
    public void The_heartbeat_echoes_what_it_receives()
    {
        using var kernel = new RunningKernel();
        using var heartbeat = new NetMQ.Sockets.RequestSocket();
        heartbeat.Connect(kernel.Server.Connection.Endpoint(kernel.Server.Connection.HbPort));
        NetMQ.OutgoingSocketExtensions.SendFrame(heartbeat, "ping 🌏");
        Assert.True(NetMQ.ReceivingSocketExtensions.TryReceiveFrameString(heartbeat, RunningKernel.Timeout, out var echo));
        Assert.Equal("ping 🌏", echo);
    }

    [Fact]
    public void Execute_publishes_busy_input_outputs_reply_then_idle()
    {
        using var kernel = new RunningKernel();
        var exchange = kernel.Execute("print xin chào\ndisplay d1 first\nupdate d1 second\nresult 42");
        Assert.Equal(["status", "execute_input", "stream", "display_data", "update_display_data", "execute_result", "status"], Types(exchange));
        Assert.Equal("ok", exchange.Reply.ContentJson.GetProperty("status").GetString());
        Assert.Equal(1, exchange.Reply.ContentJson.GetProperty("execution_count").GetInt32());
        Assert.Equal("xin chào\n", exchange.Iopub[2].ContentJson.GetProperty("text").GetString());
        Assert.Equal("d1", exchange.Iopub[4].ContentJson.GetProperty("transient").GetProperty("display_id").GetString());
        Assert.Equal(1, exchange.Iopub[5].ContentJson.GetProperty("execution_count").GetInt32());
    }

    [Fact]
    public void The_reply_arrives_after_the_outputs_and_before_idle()
    {
        using var kernel = new RunningKernel();
        var request = kernel.Client.Send(kernel.Client.Shell, new ExecuteRequest("print one\nprint two"));
        // ReplyTo skips a reply still queued from start-up (a kernel_info sent again while the machine was slow).
        var reply = kernel.Client.ReplyTo(kernel.Client.Shell, request, RunningKernel.Timeout);
        var iopub = kernel.Client.IopubUntilIdle(request.Header.MsgId, RunningKernel.Timeout);
        Assert.Equal(request.Header.MsgId, reply.ParentHeader!.MsgId);
        Assert.True(string.CompareOrdinal(iopub[^2].Header.Date, reply.Header.Date) <= 0);
        Assert.True(string.CompareOrdinal(reply.Header.Date, iopub[^1].Header.Date) <= 0);
    }

    [Fact]
    public void A_silent_execution_publishes_no_outputs_and_does_not_count()
    {
        using var kernel = new RunningKernel();
        var silent = kernel.Execute("print hidden", silent: true);
        Assert.Equal(["status", "status"], Types(silent));
        var counted = kernel.Execute("print shown");
        Assert.Equal(1, counted.Reply.ContentJson.GetProperty("execution_count").GetInt32());
    }

    [Fact]
    public void An_error_is_published_and_the_reply_carries_it()
    {
        using var kernel = new RunningKernel();
        var exchange = kernel.Execute("print before\nfail lỗi rồi");
        Assert.Contains("error", Types(exchange));
        var reply = exchange.Reply.ContentJson;
        Assert.Equal("error", reply.GetProperty("status").GetString());
        Assert.Equal("FakeError", reply.GetProperty("ename").GetString());
        Assert.Equal("lỗi rồi", reply.GetProperty("evalue").GetString());
    }

    [Fact]
    public void Cells_queued_behind_a_failing_cell_are_aborted_unless_it_allows_errors()
    {
        using var kernel = new RunningKernel();
        var client = kernel.Client;
        var failing = client.Send(client.Shell, new ExecuteRequest("print started\nwait"));
        var queued = client.Send(client.Shell, new ExecuteRequest("print never"));
        // Interrupt only once the cell runs: an interrupt that arrives first has nothing to cancel.
        client.WaitForIopub(failing.Header.MsgId, "stream", RunningKernel.Timeout);
        client.Request(client.Control, new InterruptRequest(), RunningKernel.Timeout);
        Assert.Equal("error", client.ReplyTo(client.Shell, failing, RunningKernel.Timeout).ContentJson.GetProperty("status").GetString());
        Assert.Equal("aborted", client.ReplyTo(client.Shell, queued, RunningKernel.Timeout).ContentJson.GetProperty("status").GetString());
        Assert.DoesNotContain("print never", ((FakeBackend)kernel.Backend).Executed);

        var tolerant = client.Send(client.Shell, new ExecuteRequest("fail once", StopOnError: false));
        var after = client.Send(client.Shell, new ExecuteRequest("print runs"));
        client.ReplyTo(client.Shell, tolerant, RunningKernel.Timeout);
        Assert.Equal("ok", client.ReplyTo(client.Shell, after, RunningKernel.Timeout).ContentJson.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("wrong-key")]
    [InlineData("")]
    public void A_message_with_a_bad_or_missing_signature_is_dropped_logged_and_never_executed(string key)
    {
        using var kernel = new RunningKernel();
        var forged = JupyterMessage.Request(new ExecuteRequest("print forged"), "intruder");
        KernelClient.SendFrames(kernel.Client.Shell, WireFormat.Encode(forged, new MessageSigner(key)));
        Assert.Null(kernel.Client.Receive(kernel.Client.Shell, TimeSpan.FromMilliseconds(500)));
        var genuine = kernel.Execute("print genuine");
        Assert.Equal("ok", genuine.Reply.ContentJson.GetProperty("status").GetString());
        Assert.Equal(["print genuine"], ((FakeBackend)kernel.Backend).Executed);
        Assert.Contains("WB200", kernel.Log);
    }

    [Fact]
    public void An_interrupt_on_control_cancels_a_long_cell()
    {
        using var kernel = new RunningKernel();
        var request = kernel.Client.Send(kernel.Client.Shell, new ExecuteRequest("print started\nwait"));
        kernel.Client.WaitForIopub(request.Header.MsgId, "stream", RunningKernel.Timeout);
        var interrupt = kernel.Client.Request(kernel.Client.Control, new InterruptRequest(), RunningKernel.Timeout);
        Assert.Equal("interrupt_reply", interrupt.Reply.MsgType);
        // ReplyTo skips a reply still queued from start-up (a kernel_info sent again while the machine was slow).
        var reply = kernel.Client.ReplyTo(kernel.Client.Shell, request, RunningKernel.Timeout);
        Assert.Equal("error", reply.ContentJson.GetProperty("status").GetString());
        Assert.Equal("OperationCanceledException", reply.ContentJson.GetProperty("ename").GetString());
        Assert.Equal("ok", kernel.Execute("print still alive").Reply.ContentJson.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Shutdown_with_restart_replies_stops_the_kernel_and_frees_its_ports()
    {
        var kernel = new RunningKernel();
        var connection = kernel.Server.Connection;
        var exchange = kernel.Client.Request(kernel.Client.Control, new ShutdownRequest(Restart: true), RunningKernel.Timeout);
        Assert.True(exchange.Reply.ContentJson.GetProperty("restart").GetBoolean());
        var exit = await kernel.Server.Exited.WaitAsync(RunningKernel.Timeout);
        Assert.True(exit.Restart);
        kernel.Dispose();

        // NetMQ closes listeners on its I/O thread after Dispose returns; a new kernel may wait a moment for the ports.
        using var restarted = await StartWhenPortsAreFree(connection);
        using var client = new KernelClient(restarted.Connection);
        client.WaitForReady(RunningKernel.Timeout);
        var first = client.Request(client.Shell, new ExecuteRequest("print fresh"), RunningKernel.Timeout);
        Assert.Equal(1, first.Reply.ContentJson.GetProperty("execution_count").GetInt32());
    }

    private static async Task<KernelServer> StartWhenPortsAreFree(ConnectionInfo connection)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return KernelServer.Start(connection, new FakeBackend(), new KernelLog(TextWriter.Null), TimeProvider.System);
            }
            catch (NetMQ.AddressAlreadyInUseException) when (attempt < 50)
            {
                await Task.Delay(100);
            }
        }
    }
}
