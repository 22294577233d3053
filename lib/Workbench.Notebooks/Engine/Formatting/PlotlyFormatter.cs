using System.Net;
using System.Text.Json.Nodes;
using Plotly.NET;

namespace Workbench.Notebooks.Engine.Formatting;

/// <summary>
/// A Plotly.NET chart as <c>application/vnd.plotly.v1+json</c>. The default template is serialised once per process
/// and reused: Plotly.NET would otherwise re-serialise it for every chart (~120 ms each).
/// </summary>
internal static class PlotlyFormatter
{
    private static readonly Lazy<string> TemplateJson = new(() =>
        Newtonsoft.Json.JsonConvert.SerializeObject(Defaults.DefaultTemplate, Globals.JSON_CONFIG));

    public static string ToJson(GenericChart chart)
    {
        var figure = JsonNode.Parse(GenericChart.toFigureJson(chart)) as JsonObject ?? [];
        var layout = figure["layout"] as JsonObject ?? [];
        figure["layout"] = layout;
        if (layout["template"] is null && JsonNode.Parse(TemplateJson.Value) is JsonObject template)
        {
            layout["template"] = template;
        }
        var config = Newtonsoft.Json.JsonConvert.SerializeObject(GenericChart.getConfig(chart), Globals.JSON_CONFIG);
        figure["config"] = JsonNode.Parse(config) ?? new JsonObject();
        return figure.ToJsonString();
    }

    public static string ToHtml(GenericChart chart) =>
        $"<div class=\"wb-plotly-placeholder\">{WebUtility.HtmlEncode(ToText(chart))}: interactive in VS Code, JupyterLab " +
        "and <code>workbench export --html</code>.</div>";

    public static string ToText(GenericChart chart)
    {
        var title = GenericChart.getLayout(chart).TryGetTypedPropertyValue<Title>("title") is { Value: { } t }
            && t.TryGetTypedPropertyValue<string>("text") is { Value: { } text } ? $" \"{text}\"" : "";
        var traces = GenericChart.countTrace(chart);
        return $"Plotly chart{title} ({traces} trace{(traces == 1 ? "" : "s")})";
    }
}
