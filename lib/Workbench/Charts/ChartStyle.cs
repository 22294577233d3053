using Plotly.NET;
using Plotly.NET.CSharp;
using PlotlyChart = Plotly.NET.Chart;

namespace Workbench.Charts;

/// <summary>
/// The finishing touches every Workbench chart gets: a title, axis titles, hover text that reads as a sentence,
/// and a size that fits a notebook column. Plotly.NET.CSharp has no title or hover-text setters, so this is the one
/// place that reaches into Plotly.NET's F# surface and the traces' dynamic properties.
/// </summary>
internal static class ChartStyle
{
    /// <summary>Plotly's own default colour sequence, so a country keeps its colour from one chart to the next.</summary>
    private static readonly string[] Palette =
        ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"];

    public static GenericChart Titled(this GenericChart chart, string title, string? xTitle = null, string? yTitle = null)
    {
        chart = PlotlyChart.withTitle(title, null).Invoke(chart);
        if (xTitle is not null)
        {
            chart = chart.WithXAxisStyle<IConvertible, IConvertible, IConvertible>(TitleText: xTitle);
        }
        if (yTitle is not null)
        {
            chart = chart.WithYAxisStyle<IConvertible, IConvertible, IConvertible>(TitleText: yTitle);
        }
        return chart;
    }

    /// <summary>Fixes the chart's size: wide enough for long Vietnamese and Russian names, tall as the content needs.</summary>
    public static GenericChart Sized(this GenericChart chart, int height, int width = 820)
    {
        var layout = GenericChart.getLayout(chart);
        layout.SetProperty("width", width);
        layout.SetProperty("height", height);
        return chart;
    }

    /// <summary>Makes a count axis tick at whole numbers only (no "0.5 articles") and start at zero.</summary>
    public static GenericChart CountAxis(this GenericChart chart, string axis, int max)
    {
        var layout = GenericChart.getLayout(chart);
        var style = layout.TryGetPropertyValue(axis) is { } existing && existing.Value is DynamicObj.DynamicObj d ? d : new Plotly.NET.LayoutObjects.LinearAxis();
        style.SetProperty("rangemode", "tozero");
        style.SetProperty("dtick", Math.Max(1, (int)Math.Ceiling(max / 8.0)));
        style.SetProperty("tick0", 0);
        layout.SetProperty(axis, style);
        return chart;
    }

    /// <summary>Shows <paramref name="hover"/> (one line of HTML per point) instead of plotly's raw x/y readout.</summary>
    public static GenericChart WithHover(this GenericChart chart, IEnumerable<string> hover)
    {
        var texts = hover.ToArray();
        foreach (var trace in GenericChart.getTraces(chart))
        {
            trace.SetProperty("hovertext", texts);
            trace.SetProperty("hovertemplate", "%{hovertext}<extra></extra>");
        }
        return chart;
    }

    /// <summary>Sets one raw trace property (e.g. <c>orientation</c>) on every trace of <paramref name="chart"/>.</summary>
    public static GenericChart WithTraceProperty(this GenericChart chart, string name, object value)
    {
        foreach (var trace in GenericChart.getTraces(chart))
        {
            trace.SetProperty(name, value);
        }
        return chart;
    }

    /// <summary>Sets one raw layout property, e.g. <c>barmode</c> or a hidden axis.</summary>
    public static GenericChart WithLayoutProperty(this GenericChart chart, string name, object value)
    {
        GenericChart.getLayout(chart).SetProperty(name, value);
        return chart;
    }

    /// <summary>The same colour for the same key in every chart: the key's place in <paramref name="keys"/>, sorted.</summary>
    public static IReadOnlyDictionary<string, string> ColoursFor(IEnumerable<string> keys) =>
        keys.Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select((key, i) => (key, colour: Palette[i % Palette.Length]))
            .ToDictionary(p => p.key, p => p.colour, StringComparer.Ordinal);

    public static Color Colour(string hex) => Color.fromHex(hex);

    /// <summary>A plotly title object holding just <paramref name="text"/>.</summary>
    public static Title Text(string text)
    {
        var title = new Title();
        title.SetProperty("text", text);
        return title;
    }
}
