using NetMQ;
using Workbench.Kernel.Protocol;

namespace Workbench.Kernel.Transport;

/// <summary>
/// One socket that speaks signed Jupyter messages. Sends are serialised by a lock (NetMQ sockets are not thread-safe and
/// iopub is written from several threads); each channel is received on by one thread only.
/// </summary>
internal sealed class MessageChannel(string name, NetMQSocket socket, MessageSigner signer, KernelLog log) : IDisposable
{
    private readonly Lock _gate = new();

    public string Name { get; } = name;

    public NetMQSocket Socket { get; } = socket;

    public void Send(JupyterMessage message)
    {
        var wire = new NetMQMessage(WireFormat.Encode(message, signer));
        lock (_gate)
        {
            Socket.SendMultipartMessage(wire);
        }
    }

    /// <summary>Waits up to <paramref name="timeout"/> for a message; a message that fails verification is logged and dropped.</summary>
    public JupyterMessage? TryReceive(TimeSpan timeout)
    {
        NetMQMessage? wire = null;
        if (!Socket.TryReceiveMultipartMessage(timeout, ref wire) || wire is null)
        {
            return null;
        }
        var result = WireFormat.Decode(wire.Select(f => f.ToByteArray()).ToArray(), signer);
        if (result.Message is null)
        {
            log.Write(result.Code!, $"{Name}: {result.Reason}");
        }
        return result.Message;
    }

    public void Dispose() => Socket.Dispose();
}
