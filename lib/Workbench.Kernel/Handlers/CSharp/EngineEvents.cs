using System.Text.Json.Nodes;
using Workbench.Notebooks.Documents;
using Engine = Workbench.Notebooks.Engine;

namespace Workbench.Kernel.Handlers.CSharp;

/// <summary>The notebook engine's events in the handlers' terms; JSON mime types (plotly, application/json) travel as JSON.</summary>
internal static class EngineEvents
{
    private static readonly IReadOnlyDictionary<string, object> NoMetadata = new Dictionary<string, object>();

    public static ExecutionEvent? ToHandlerEvent(Engine.ExecutionEvent e) => e switch
    {
        Engine.StreamEvent s => new StreamEvent(s.Name, s.Text),
        Engine.DisplayEvent d => new DisplayEvent(ToData(d.Data), NoMetadata, d.DisplayId, IsUpdate: false),
        Engine.DisplayUpdateEvent u => new DisplayEvent(ToData(u.Data), NoMetadata, u.DisplayId, IsUpdate: true),
        Engine.ResultEvent r => new ResultEvent(ToData(r.Data), NoMetadata),
        Engine.ErrorEvent x => new ErrorEvent(x.Name, x.Value, x.Traceback),
        _ => null,
    };

    public static IReadOnlyDictionary<string, object> ToData(MimeBundle bundle)
    {
        var data = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (mime, content) in bundle.Entries)
        {
            data[mime] = MimeBundle.IsJson(mime) && TryParse(content) is { } json ? json : content;
        }
        return data;
    }

    private static JsonNode? TryParse(string content)
    {
        try
        {
            return JsonNode.Parse(content);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
