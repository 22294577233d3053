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
internal sealed partial class KernelClient : IDisposable
{
    private readonly MessageSigner _signer;
    private readonly string _session = Guid.NewGuid().ToString("N");

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

    /// <summary>A connection on 127.0.0.1 with five free ports, for starting a kernel process (benchmarks, tests).</summary>
    public static ConnectionInfo LocalConnection(string key)
    {
        static int FreePort()
        {
            using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
            listener.Start();
            return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        }
        return new ConnectionInfo("tcp", "127.0.0.1", FreePort(), FreePort(), FreePort(), FreePort(), FreePort(), key, "hmac-sha256");
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
