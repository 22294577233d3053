using System.Reflection;
using Workbench.Kernel.Protocol;
using Workbench.Kernel.Protocol.Messages;

namespace Workbench.Kernel.Handlers;

/// <summary>kernel_info, interrupt, shutdown, comm_info and history: the requests that are about the session, not the code.</summary>
internal static class SessionHandlers
{
    public static Task KernelInfo(Request request)
    {
        var backend = request.Kernel.Backend;
        var version = typeof(SessionHandlers).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        request.Reply(new KernelInfoReply(
            "ok", MessageHeader.ProtocolVersion, "workbench", version.Split('+')[0], backend.Language, backend.Banner, []));
        return Task.CompletedTask;
    }

    public static Task Interrupt(Request request)
    {
        request.Kernel.State.Interrupt();
        request.Reply(new InterruptReply());
        return Task.CompletedTask;
    }

    public static Task Shutdown(Request request)
    {
        var restart = request.Content<ShutdownRequest>().Restart;
        request.Kernel.State.Interrupt();
        request.Reply(new ShutdownReply(restart));
        request.Kernel.RequestStop(restart);
        return Task.CompletedTask;
    }

    public static Task CommInfo(Request request)
    {
        request.Reply(new CommInfoReply(new Dictionary<string, object>()));
        return Task.CompletedTask;
    }

    public static Task History(Request request)
    {
        var content = request.Content<HistoryRequest>();
        var all = request.Kernel.State.History();
        var chosen = content.HistAccessType switch
        {
            "range" => all.Where(h => h.Line >= content.Start && (content.Stop <= 0 || h.Line < content.Stop)),
            "search" => all.Where(h => content.Pattern is null || h.Input.Contains(content.Pattern.Trim('*'), StringComparison.Ordinal)),
            _ => all.TakeLast(Math.Max(content.N, 0)),
        };
        request.Reply(new HistoryReply(chosen.Select(h => new object[] { 0, h.Line, h.Input }).ToArray()));
        return Task.CompletedTask;
    }

    /// <summary>Every request type the kernel answers, shell and control alike.</summary>
    public static IReadOnlyDictionary<string, RequestHandler> All() => new Dictionary<string, RequestHandler>
    {
        [KernelInfoRequest.MessageType] = KernelInfo,
        [ExecuteRequest.MessageType] = ExecuteHandler.Handle,
        [CompleteRequest.MessageType] = IntrospectionHandlers.Complete,
        [InspectRequest.MessageType] = IntrospectionHandlers.Inspect,
        [IsCompleteRequest.MessageType] = IntrospectionHandlers.IsComplete,
        [InterruptRequest.MessageType] = Interrupt,
        [ShutdownRequest.MessageType] = Shutdown,
        [CommInfoRequest.MessageType] = CommInfo,
        [HistoryRequest.MessageType] = History,
    };
}
