using System.Text.Json;
using Plotly.NET;

namespace Workbench.Tests.Charts;

/// <summary>A chart as the JSON plotly.js receives, so tests assert on what a reader will see.</summary>
internal sealed class ChartJson
{
    private readonly JsonElement _root;

    public ChartJson(GenericChart chart) => _root = JsonDocument.Parse(GenericChart.toJson(chart)).RootElement;

    public string Title => _root.GetProperty("layout").GetProperty("title").GetProperty("text").GetString()!;

    public string AxisTitle(string axis) =>
        _root.GetProperty("layout").GetProperty(axis).GetProperty("title").GetProperty("text").GetString()!;

    public IReadOnlyList<JsonElement> Traces => [.. _root.GetProperty("data").EnumerateArray()];

    public IEnumerable<string> TraceTypes => Traces.Select(t => t.GetProperty("type").GetString()!);

    public IEnumerable<string> TraceNames => Traces.Select(t => t.TryGetProperty("name", out var n) ? n.GetString()! : "");

    /// <summary>Every value of <paramref name="property"/> (x, y, text, hovertext …) across traces, as text.</summary>
    public IEnumerable<string> Values(string property) => Traces
        .Where(t => t.TryGetProperty(property, out _))
        .SelectMany(t => Flatten(t.GetProperty(property)));

    private static IEnumerable<string> Flatten(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Array => e.EnumerateArray().SelectMany(Flatten),
        JsonValueKind.Null => [],
        JsonValueKind.String => [e.GetString()!],
        _ => [e.GetRawText()],
    };
}
