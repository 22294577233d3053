using Workbench.Kernel.Protocol.Messages;

namespace Workbench.Kernel.Handlers;

/// <summary>
/// <c>execute_request</c>: execute_input → outputs in order → execute_reply (the dispatcher adds busy before and idle after).
/// <c>silent</c> publishes nothing and does not count; <c>store_history: false</c> does not count.
/// </summary>
internal static class ExecuteHandler
{
    public static async Task Handle(Request request)
    {
        var content = request.Content<ExecuteRequest>();
        var kernel = request.Kernel;
        var counted = content.StoreHistory && !content.Silent;
        var (count, cancellation) = kernel.State.Begin(content.Code, counted, kernel.Stopping);
        if (!content.Silent)
        {
            request.Publish(new ExecuteInput(content.Code, count));
        }
        var gate = new Lock();
        ErrorEvent? error = null;
        void Emit(ExecutionEvent e)
        {
            lock (gate)
            {
                error = e as ErrorEvent ?? error;
                if (!content.Silent)
                {
                    Publish(request, e, count);
                }
            }
        }
        Func<string, bool, string?> readLine = content.AllowStdin
            ? (prompt, password) => StdinPrompt.ReadLine(request, prompt, password, cancellation.Token)
            : (_, _) =>
            {
                kernel.Log.Write(KernelDiagnostics.InputUnavailable);
                return null;
            };
        try
        {
            await kernel.Backend.ExecuteAsync(new ExecutionInput(content.Code, count, content.Silent, readLine), Emit, cancellation.Token);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            Emit(Interrupted());
        }
        finally
        {
            kernel.State.End(cancellation);
        }
        request.Reply(error is null
            ? new ExecuteReply("ok", count, new Dictionary<string, object>(), [])
            : new ExecuteReply("error", count, Ename: error.Name, Evalue: error.Value, Traceback: error.Traceback));
        if (error is not null && content.StopOnError)
        {
            AbortQueued(request);
        }
    }

    /// <summary>
    /// After a failed cell, cells already queued behind it (JupyterLab's "run all" sends them at once) are answered
    /// <c>aborted</c> without running; other queued requests are served as usual.
    /// </summary>
    private static void AbortQueued(Request failed)
    {
        var kernel = failed.Kernel;
        while (failed.Origin.TryReceive(TimeSpan.Zero) is { } pending)
        {
            var next = new Request(pending, failed.Origin, kernel);
            if (pending.MsgType != ExecuteRequest.MessageType)
            {
                kernel.Dispatcher.Dispatch(next);
                continue;
            }
            next.Publish(new KernelStatus("busy"));
            next.Reply(new ExecuteReply("aborted", kernel.State.ExecutionCount));
            next.Publish(new KernelStatus("idle"));
        }
    }

    /// <summary>What an interrupted cell reports, whichever backend ran it.</summary>
    public static ErrorEvent Interrupted() =>
        new("OperationCanceledException", "The cell was interrupted.", ["OperationCanceledException: The cell was interrupted."]);

    private static void Publish(Request request, ExecutionEvent e, int count)
    {
        switch (e)
        {
            case StreamEvent s:
                request.Publish(new StreamOutput(s.Name, s.Text));
                break;
            case DisplayEvent { IsUpdate: true, DisplayId: { } id } d:
                request.Publish(new UpdateDisplayData(d.Data, d.Metadata, new DisplayTransient(id)));
                break;
            case DisplayEvent d:
                request.Publish(new DisplayData(d.Data, d.Metadata, d.DisplayId is null ? null : new DisplayTransient(d.DisplayId)));
                break;
            case ResultEvent r:
                request.Publish(new ExecuteResult(count, r.Data, r.Metadata));
                break;
            case ErrorEvent err:
                request.Publish(new ErrorOutput(err.Name, err.Value, err.Traceback));
                break;
        }
    }
}
