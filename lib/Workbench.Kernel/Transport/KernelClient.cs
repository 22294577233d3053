using System.Text;
using NetMQ;
using NetMQ.Sockets;
using Workbench.Kernel.Protocol;
using Workbench.Kernel.Protocol.Messages;

namespace Workbench.Kernel.Transport;

/// <summary>The messages one request caused: its reply and what iopub carried for it, up to the final idle.</summary>
internal sealed record Exchange(JupyterMessage Reply, IReadOnlyList<JupyterMessage> Iopub);

/// <summary>
/// A minimal Jupyter client over NetMQ, for the protocol tests and <c>workbench bench kernel</c>: DEALER sockets on shell,
/// control and stdin (sharing one identity, so input requests find it), SUB on iopub. Every wait is bounded.
/// </summary>
internal sealed class KernelClient : IDisposable
{
    private readonly MessageSigner _signer;
    private readonly string _session = Guid.NewGuid().ToString("N");
    private readonly List<JupyterMessage> _iopubBacklog = [];

    public KernelClient(ConnectionInfo info)
    {
        _signer = new MessageSigner(info.Key);
        var identity = Encoding.ASCII.GetBytes(_session);
        Shell = Connect(new DealerSocket(), info, info.ShellPort, identity);
        Control = Connect(new DealerSocket(), info, info.ControlPort, identity);
        Stdin = Connect(new DealerSocket(), info, info.StdinPort, identity);
        Iopub = new SubscriberSocket();
        Iopub.Subscribe("");
        Iopub.Connect(info.Endpoint(info.IopubPort));
    }

    public DealerSocket Shell { get; }

    public DealerSocket Control { get; }

    public DealerSocket Stdin { get; }

    public SubscriberSocket Iopub { get; }

    public JupyterMessage Send<T>(NetMQSocket socket, T content) where T : IJupyterContent
    {
        var message = JupyterMessage.Request(content, _session);
        SendFrames(socket, WireFormat.Encode(message, _signer));
        return message;
    }

    public static void SendFrames(NetMQSocket socket, IEnumerable<byte[]> frames) => socket.SendMultipartMessage(new NetMQMessage(frames));

    public JupyterMessage? Receive(NetMQSocket socket, TimeSpan timeout)
    {
        NetMQMessage? wire = null;
        if (!socket.TryReceiveMultipartMessage(timeout, ref wire) || wire is null)
        {
            return null;
        }
        var result = WireFormat.Decode(wire.Select(f => f.ToByteArray()).ToArray(), _signer);
        return result.Message ?? throw new InvalidOperationException($"{result.Code}: {result.Reason}");
    }

    /// <summary>Repeats kernel_info until both a reply and an iopub message arrive (the subscriber joins late).</summary>
    public JupyterMessage WaitForReady(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var request = Send(Shell, new KernelInfoRequest());
            var reply = Receive(Shell, TimeSpan.FromSeconds(1));
            if (reply is not null && Receive(Iopub, TimeSpan.FromMilliseconds(500)) is not null)
            {
                Drain(TimeSpan.FromMilliseconds(200));
                return reply;
            }
            _ = request;
        }
        throw new TimeoutException("the kernel did not answer kernel_info_request");
    }

    /// <summary>Sends a request and collects its reply and its iopub messages up to <c>idle</c>.</summary>
    public Exchange Request<T>(NetMQSocket socket, T content, TimeSpan timeout) where T : IJupyterContent
    {
        var request = Send(socket, content);
        return new Exchange(ReplyTo(socket, request, timeout), IopubUntilIdle(request.Header.MsgId, timeout));
    }

    /// <summary>The reply to <paramref name="request"/>; replies to earlier requests still queued are skipped.</summary>
    public JupyterMessage ReplyTo(NetMQSocket socket, JupyterMessage request, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (Receive(socket, TimeSpan.FromMilliseconds(100)) is { } reply && reply.ParentHeader?.MsgId == request.Header.MsgId)
            {
                return reply;
            }
        }
        throw new TimeoutException($"no reply to {request.MsgType}");
    }

    public IReadOnlyList<JupyterMessage> IopubUntilIdle(string parentId, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var seen = new List<JupyterMessage>();
        while (DateTime.UtcNow < deadline)
        {
            var next = Receive(Iopub, TimeSpan.FromMilliseconds(100));
            if (next?.ParentHeader?.MsgId != parentId)
            {
                continue;
            }
            seen.Add(next);
            if (next.MsgType == "status" && next.ContentJson.GetProperty("execution_state").GetString() == "idle")
            {
                return seen;
            }
        }
        throw new TimeoutException($"no idle on iopub for {parentId}");
    }

    public void Drain(TimeSpan quiet)
    {
        while (Receive(Iopub, quiet) is { } m)
        {
            _iopubBacklog.Add(m);
        }
    }

    private static DealerSocket Connect(DealerSocket socket, ConnectionInfo info, int port, byte[] identity)
    {
        socket.Options.Identity = identity;
        socket.Connect(info.Endpoint(port));
        return socket;
    }

    public void Dispose()
    {
        foreach (var socket in new NetMQSocket[] { Shell, Control, Stdin, Iopub })
        {
            socket.Options.Linger = TimeSpan.Zero;
            socket.Dispose();
        }
    }
}
