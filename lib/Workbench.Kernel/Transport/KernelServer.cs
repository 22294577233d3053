using NetMQ;
using NetMQ.Sockets;
using Workbench.Kernel.Handlers;
using Workbench.Kernel.Protocol;
using Workbench.Kernel.Protocol.Messages;

namespace Workbench.Kernel.Transport;

/// <summary>How a kernel stopped: by a shutdown request (possibly asking for a restart) or by its host.</summary>
internal sealed record KernelExit(bool Restart);

/// <summary>
/// The running kernel: shell, control and stdin ROUTER sockets, iopub PUB, heartbeat REP, each served by its own thread
/// (control never waits behind a running cell). Disposal joins the threads, lingers on iopub, then disposes the sockets;
/// the process owner calls <c>NetMQConfig.Cleanup</c> last.
/// </summary>
internal sealed class KernelServer : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan JoinTimeout = TimeSpan.FromSeconds(5);
    private readonly MessageChannel _shell, _control, _stdin, _iopub;
    private readonly ResponseSocket _heartbeat;
    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource<KernelExit> _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<Thread> _threads = [];
    private readonly KernelLog _log;
    private bool _disposed;

    private KernelServer(ConnectionInfo info, IExecutionBackend backend, KernelLog log, TimeProvider time)
    {
        _log = log;
        var signer = new MessageSigner(info.Key);
        _shell = new("shell", new RouterSocket(), signer, log);
        _control = new("control", new RouterSocket(), signer, log);
        _stdin = new("stdin", new RouterSocket(), signer, log);
        _iopub = new("iopub", new PublisherSocket(), signer, log);
        _heartbeat = new ResponseSocket();
        try
        {
            Connection = info with
            {
                ShellPort = Bind(_shell.Socket, info, info.ShellPort),
                ControlPort = Bind(_control.Socket, info, info.ControlPort),
                StdinPort = Bind(_stdin.Socket, info, info.StdinPort),
                IopubPort = Bind(_iopub.Socket, info, info.IopubPort),
                HbPort = Bind(_heartbeat, info, info.HbPort),
            };
        }
        catch
        {
            // A port is taken: release the sockets already bound before reporting it.
            foreach (var socket in new NetMQSocket[] { _shell.Socket, _control.Socket, _stdin.Socket, _iopub.Socket, _heartbeat })
            {
                socket.Options.Linger = TimeSpan.Zero;
                socket.Dispose();
            }
            throw;
        }
        Context = new KernelContext(Guid.NewGuid().ToString("N"), time, _iopub, _stdin, backend, log, Stop, _stopping.Token);
    }

    /// <summary>The connection with the ports actually bound (a port given as 0 is chosen by the system).</summary>
    public ConnectionInfo Connection { get; }

    public KernelContext Context { get; }

    /// <summary>Completes when a shutdown request arrives or <see cref="Stop"/> is called.</summary>
    public Task<KernelExit> Exited => _exit.Task;

    public static KernelServer Start(ConnectionInfo info, IExecutionBackend backend, KernelLog log, TimeProvider time)
    {
        var server = new KernelServer(info, backend, log, time);
        server.Context.Publish(new KernelStatus("starting"), null);
        server.StartThread("shell", () => server.Serve(server._shell));
        server.StartThread("control", () => server.Serve(server._control));
        server.StartThread("heartbeat", () => Heartbeat.Run(server._heartbeat, () => server._stopping.IsCancellationRequested, Poll));
        return server;
    }

    public void Stop(bool restart)
    {
        _exit.TrySetResult(new KernelExit(restart));
        _stopping.Cancel();
    }

    private void Serve(MessageChannel channel)
    {
        while (!_stopping.IsCancellationRequested)
        {
            if (channel.TryReceive(Poll) is { } message)
            {
                Context.Dispatcher.Dispatch(new Request(message, channel, Context));
            }
        }
    }

    private void StartThread(string name, Action loop)
    {
        var thread = new Thread(() => loop()) { IsBackground = true, Name = $"workbench-kernel-{name}" };
        _threads.Add(thread);
        thread.Start();
    }

    private static int Bind(NetMQSocket socket, ConnectionInfo info, int port)
    {
        if (port > 0)
        {
            socket.Bind(info.Endpoint(port));
            return port;
        }
        return socket.BindRandomPort($"{info.Transport}://{info.Ip}");
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        Stop(false);
        var stuck = _threads.Where(t => !t.Join(JoinTimeout)).Select(t => t.Name).ToArray();
        if (stuck.Length > 0)
        {
            _log.Write(KernelDiagnostics.ShutdownStep, $"threads still running: {string.Join(", ", stuck)}");
            return;
        }
        // Linger so the last replies (shutdown_reply, the final idle) still reach the front end.
        foreach (var channel in new[] { _shell, _control, _stdin, _iopub })
        {
            channel.Socket.Options.Linger = TimeSpan.FromSeconds(1);
        }
        _shell.Dispose();
        _control.Dispose();
        _stdin.Dispose();
        _heartbeat.Options.Linger = TimeSpan.Zero;
        _heartbeat.Dispose();
        _iopub.Dispose();
        _stopping.Dispose();
        Context.Backend.Dispose();
    }
}
