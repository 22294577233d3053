using Workbench.Kernel.Protocol.Messages;

namespace Workbench.Kernel.Handlers;

/// <summary>Handles one request type.</summary>
internal delegate Task RequestHandler(Request request);

/// <summary>
/// Routes a request to its handler and publishes <c>busy</c> before and <c>idle</c> after it on iopub (jupyter_client keeps
/// re-sending <c>kernel_info_request</c> until it sees something on iopub). A failing handler is logged, never fatal.
/// </summary>
internal sealed class Dispatcher(IReadOnlyDictionary<string, RequestHandler> handlers)
{
    public void Dispatch(Request request)
    {
        var type = request.Message.MsgType;
        if (!handlers.TryGetValue(type, out var handler))
        {
            request.Kernel.Log.Write(KernelDiagnostics.UnknownMessageType, type);
            return;
        }
        request.Publish(new KernelStatus("busy"));
        try
        {
            handler(request).GetAwaiter().GetResult();
        }
        catch (Exception e)
        {
            request.Kernel.Log.Write(KernelDiagnostics.HandlerFailed, type, e.Message);
        }
        finally
        {
            request.Publish(new KernelStatus("idle"));
        }
    }
}
