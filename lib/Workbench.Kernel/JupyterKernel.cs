using NetMQ;
using Workbench.Kernel.Handlers.CSharp;
using Workbench.Kernel.Protocol;
using Workbench.Kernel.Transport;
using Workbench.Notebooks.Engine;

namespace Workbench.Kernel;

/// <summary>
/// The Workbench C# Jupyter kernel: started by a front end (VS Code, JupyterLab, nbconvert) with a connection file, it
/// runs cells in one notebook-engine session until a shutdown request arrives.
/// </summary>
/// <example><code>var restart = await JupyterKernel.RunAsync(ConnectionInfo.Load(file), new SessionOptions(), Console.Error, ct);</code></example>
public static class JupyterKernel
{
    /// <summary>
    /// Serves the kernel on the connection's sockets until a <c>shutdown_request</c> or <paramref name="cancellationToken"/>,
    /// then shuts down in the order NetMQ needs (threads joined, iopub lingered, sockets disposed, NetMQ cleaned up).
    /// Call it once per process.
    /// </summary>
    /// <param name="connection">Where to bind and the signing key.</param>
    /// <param name="session">The engine session's options (references, imports, package cache).</param>
    /// <param name="log">Where coded diagnostics go (Jupyter shows the kernel's stderr in its log).</param>
    /// <param name="cancellationToken">Stops the kernel.</param>
    /// <returns>True when the front end asked for a restart (its manager starts a new kernel process).</returns>
    public static async Task<bool> RunAsync(
        ConnectionInfo connection, SessionOptions session, TextWriter log, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(log);
        var server = KernelServer.Start(connection, new EngineBackend(session), new KernelLog(log), TimeProvider.System);
        try
        {
            return (await server.Exited.WaitAsync(cancellationToken).ConfigureAwait(false)).Restart;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        finally
        {
            server.Dispose();
            NetMQConfig.Cleanup(block: false);
        }
    }
}
