using System.Text;
using Workbench.Kernel.Protocol;
using Workbench.Kernel.Transport;

namespace Workbench.Kernel.Handlers;

/// <summary>What every handler shares: the session id, clock, iopub and stdin channels, the backend and the state.</summary>
internal sealed class KernelContext(
    string session,
    TimeProvider time,
    MessageChannel iopub,
    MessageChannel stdin,
    IExecutionBackend backend,
    KernelLog log,
    Action<bool> requestStop,
    CancellationToken stopping)
{
    public string Session { get; } = session;

    public IExecutionBackend Backend { get; } = backend;

    public KernelLog Log { get; } = log;

    public ExecutionState State { get; } = new();

    /// <summary>Routes every request type the kernel answers; the server calls it for each message it receives.</summary>
    public Dispatcher Dispatcher { get; } = new(SessionHandlers.All());

    public MessageChannel Stdin { get; } = stdin;

    public CancellationToken Stopping { get; } = stopping;

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>Asks the server to stop after this request (<paramref name="restart"/> is only reported).</summary>
    public void RequestStop(bool restart) => requestStop(restart);

    /// <summary>Broadcasts on iopub with a topic frame, as ipykernel does.</summary>
    public void Publish<T>(T content, JupyterMessage? parent) where T : IJupyterContent
    {
        var message = JupyterMessage.Create(content, parent, Session, Now) with
        {
            Identities = [Encoding.UTF8.GetBytes($"kernel.{Session}.{T.MessageType}")],
        };
        iopub.Send(message);
    }
}

/// <summary>One request being handled: the message, the channel it came on (replies go back there) and the kernel.</summary>
internal sealed record Request(JupyterMessage Message, MessageChannel Origin, KernelContext Kernel)
{
    public T Content<T>() where T : IJupyterContent => Message.ContentAs<T>();

    public void Reply<T>(T content) where T : IJupyterContent =>
        Origin.Send(JupyterMessage.Create(content, Message, Kernel.Session, Kernel.Now));

    public void Publish<T>(T content) where T : IJupyterContent => Kernel.Publish(content, Message);
}
