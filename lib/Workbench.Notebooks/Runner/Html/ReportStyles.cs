namespace Workbench.Notebooks.Runner.Html;

/// <summary>The report's stylesheet: readable, printable, no web fonts.</summary>
internal static class ReportStyles
{
    public const string Css = """
        body { font-family: system-ui, sans-serif; max-width: 1100px; margin: 2em auto; padding: 0 1em; color: #1b1b1b; }
        .nb-title { border-bottom: 2px solid #ddd; padding-bottom: .3em; }
        .cell { margin: 1em 0; }
        .input { display: flex; gap: .5em; }
        .prompt { color: #888; font-family: monospace; min-width: 3em; }
        pre { background: #f6f8fa; padding: .6em; overflow-x: auto; margin: 0; flex: 1; }
        .output { margin: .4em 0 0 3.5em; }
        .output pre { background: #fff; border-left: 3px solid #ddd; }
        .output .html { overflow-x: auto; }
        pre.stderr { border-left-color: #e0a000; }
        pre.error { border-left-color: #c00; color: #900; }
        table { border-collapse: collapse; font-size: .9em; }
        th, td { border: 1px solid #ddd; padding: .2em .5em; text-align: left; }
        .wb-plot { width: 100%; min-height: 420px; }
        .wb-plotly-placeholder { display: none; }
        """;
}
