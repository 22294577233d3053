using Workbench.Kernel.Protocol;
using Workbench.Kernel.Protocol.Messages;

namespace Workbench.Kernel.Handlers;

/// <summary><c>complete_request</c>, <c>inspect_request</c>, <c>is_complete_request</c>: code points in, code points out.</summary>
internal static class IntrospectionHandlers
{
    public static async Task Complete(Request request)
    {
        var content = request.Content<CompleteRequest>();
        var position = CodePoints.ToUtf16(content.Code, content.CursorPos);
        var result = await request.Kernel.Backend.CompleteAsync(content.Code, position, request.Kernel.Stopping);
        var start = CodePoints.FromUtf16(content.Code, result.Start);
        var end = CodePoints.FromUtf16(content.Code, result.End);
        var types = result.Candidates
            .Select(c => new Dictionary<string, object> { ["start"] = start, ["end"] = end, ["text"] = c.Text, ["type"] = c.Kind })
            .ToArray();
        request.Reply(new CompleteReply(
            result.Candidates.Select(c => c.Text).ToArray(),
            start,
            end,
            new Dictionary<string, object> { ["_jupyter_types_experimental"] = types }));
    }

    public static async Task Inspect(Request request)
    {
        var content = request.Content<InspectRequest>();
        var position = CodePoints.ToUtf16(content.Code, content.CursorPos);
        var result = await request.Kernel.Backend.InspectAsync(content.Code, position, content.DetailLevel, request.Kernel.Stopping);
        var data = new Dictionary<string, object>();
        if (result is not null)
        {
            data["text/plain"] = result.PlainText;
            if (result.Markdown is not null)
            {
                data["text/markdown"] = result.Markdown;
            }
        }
        request.Reply(new InspectReply("ok", result is not null, data, new Dictionary<string, object>()));
    }

    public static Task IsComplete(Request request)
    {
        var result = request.Kernel.Backend.IsComplete(request.Content<IsCompleteRequest>().Code);
        request.Reply(new IsCompleteReply(result.Status, result.Status == "incomplete" ? result.Indent : null));
        return Task.CompletedTask;
    }
}
