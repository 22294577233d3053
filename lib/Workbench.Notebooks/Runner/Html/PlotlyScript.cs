using Plotly.NET;

namespace Workbench.Notebooks.Runner.Html;

/// <summary>
/// plotly.js as shipped inside Plotly.NET (an embedded resource, so pages open offline), wrapped so that a page that
/// also loads requirejs still gets <c>window.Plotly</c>: inside the wrapper <c>define</c>, <c>module</c> and
/// <c>exports</c> are undefined, so the bundle takes its global branch.
/// </summary>
internal static class PlotlyScript
{
    private static readonly Lazy<string> Source = new(Load);

    public static string Wrapped => Source.Value;

    private static string Load()
    {
        var assembly = typeof(GenericChart).Assembly;
        var name = assembly.GetManifestResourceNames()
            .FirstOrDefault(n => n.Contains("plotly", StringComparison.OrdinalIgnoreCase) && n.EndsWith(".min.js", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("plotly.js is not embedded in Plotly.NET any more");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        var js = reader.ReadToEnd().Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase);
        return "(function () { var define = undefined, module = undefined, exports = undefined;\n" + js
            + "\n;if (typeof window !== 'undefined' && !window.Plotly && typeof Plotly !== 'undefined') { window.Plotly = Plotly; }\n})();";
    }
}
