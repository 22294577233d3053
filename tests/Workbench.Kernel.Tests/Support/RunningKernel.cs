using System.Security.Cryptography;
using Workbench.Kernel.Handlers;
using Workbench.Kernel.Protocol;
using Workbench.Kernel.Transport;

namespace Workbench.Kernel.Tests.Support;

/// <summary>A kernel on 127.0.0.1 with system-chosen ports and a random key, a connected client, and the kernel's log.</summary>
internal sealed class RunningKernel : IDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private readonly StringWriter _log = new();

    public RunningKernel(IExecutionBackend? backend = null)
    {
        Backend = backend ?? new FakeBackend();
        var key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var info = new ConnectionInfo("tcp", "127.0.0.1", 0, 0, 0, 0, 0, key, "hmac-sha256");
        Server = KernelServer.Start(info, Backend, new KernelLog(TextWriter.Synchronized(_log)), TimeProvider.System);
        Client = new KernelClient(Server.Connection);
        Client.WaitForReady(Timeout);
    }

    public IExecutionBackend Backend { get; }

    public KernelServer Server { get; }

    public KernelClient Client { get; }

    public string Log => _log.ToString();

    public Exchange Execute(string code, bool silent = false, bool allowStdin = false) =>
        Client.Request(Client.Shell, new Workbench.Kernel.Protocol.Messages.ExecuteRequest(code, Silent: silent, AllowStdin: allowStdin), Timeout);

    public void Dispose()
    {
        Client.Dispose();
        Server.Dispose();
    }
}
