using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Formatting;
using Plotly.NET;

namespace Workbench.Notebooks.Engine.Formatting;

/// <summary>
/// The engine's display formatters, registered with <c>Microsoft.DotNet.Interactive.Formatting</c> in one explicit
/// call: <see cref="DataFrame"/> as an HTML table, Plotly.NET charts as plotly JSON plus a light HTML fragment, and
/// sequences of records as tables (registered per sequence type on first use). Harmless to call twice; never called from a static constructor.
/// </summary>
/// <example><c>NotebookFormatters.Register(); Formatter.ToDisplayString(frame, "text/html");</c></example>
public static class NotebookFormatters
{
    /// <summary>The mime type of plotly figures (<c>{ data, layout, config }</c>), rendered by VS Code and JupyterLab.</summary>
    public const string PlotlyMimeType = "application/vnd.plotly.v1+json";

    private static readonly Lock Gate = new();
    private static bool _registered;

    /// <summary>Registers the formatters once per process; later calls do nothing.</summary>
    public static void Register()
    {
        lock (Gate)
        {
            if (_registered) return;
            Formatter.Register<DataFrame>((frame, writer) => writer.Write(DataFrameFormatter.ToHtml(frame)), "text/html");
            Formatter.Register<DataFrame>((frame, writer) => writer.Write(DataFrameFormatter.ToText(frame)), "text/plain");
            Formatter.Register<GenericChart>((chart, writer) => writer.Write(PlotlyFormatter.ToJson(chart)), PlotlyMimeType);
            Formatter.Register<GenericChart>((chart, writer) => writer.Write(PlotlyFormatter.ToHtml(chart)), "text/html");
            Formatter.Register<GenericChart>((chart, writer) => writer.Write(PlotlyFormatter.ToText(chart)), "text/plain");
            Formatter.SetPreferredMimeTypesFor(typeof(GenericChart), "text/html", PlotlyMimeType);
            _registered = true;
        }
    }
}
