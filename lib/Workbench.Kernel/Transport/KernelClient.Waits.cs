using NetMQ;
using Workbench.Kernel.Protocol;
using Workbench.Kernel.Protocol.Messages;

namespace Workbench.Kernel.Transport;

/// <summary>The client's bounded waits: for readiness, for a reply, for iopub traffic up to idle.</summary>
internal sealed partial class KernelClient
{
    /// <summary>Repeats kernel_info until both a reply and an iopub message arrive (the subscriber joins late).</summary>
    public JupyterMessage WaitForReady(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            Send(Shell, new KernelInfoRequest());
            var reply = Receive(Shell, TimeSpan.FromSeconds(1));
            if (reply is not null && Receive(Iopub, TimeSpan.FromMilliseconds(500)) is not null)
            {
                Drain(TimeSpan.FromMilliseconds(200));
                return reply;
            }
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

    /// <summary>Waits for an iopub message of <paramref name="type"/> caused by <paramref name="parentId"/>.</summary>
    public JupyterMessage WaitForIopub(string parentId, string type, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (Receive(Iopub, TimeSpan.FromMilliseconds(100)) is { } m && m.ParentHeader?.MsgId == parentId && m.MsgType == type)
            {
                return m;
            }
        }
        throw new TimeoutException($"no {type} on iopub for {parentId}");
    }

    /// <summary>Discards iopub messages until none has come for <paramref name="quiet"/>.</summary>
    public void Drain(TimeSpan quiet)
    {
        while (Receive(Iopub, quiet) is not null)
        {
        }
    }
}
