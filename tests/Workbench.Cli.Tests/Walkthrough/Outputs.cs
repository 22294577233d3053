using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Workbench.Notebooks.Documents;

namespace Workbench.Cli.Tests.Walkthrough;

/// <summary>Reads what a reader sees in an executed notebook: the cell a line of code is in, its tables and charts.</summary>
internal static partial class Outputs
{
    /// <summary>The first code cell whose source contains <paramref name="code"/>.</summary>
    public static NotebookCell CellWith(this Notebook notebook, string code) =>
        notebook.Cells.FirstOrDefault(c => c.Kind == CellKind.Code && c.Source.Contains(code, StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"no code cell contains '{code}'");

    /// <summary>Every value of <paramref name="mime"/> the cell shows (results and displays).</summary>
    public static IEnumerable<string> Shown(this NotebookCell cell, string mime) => cell.Outputs
        .Select(o => o switch { ExecuteResultOutput r => r.Data.Get(mime), DisplayDataOutput d => d.Data.Get(mime), _ => null })
        .OfType<string>();

    /// <summary>The rows of the first HTML table the cell shows, each as column name → cell text.</summary>
    public static List<Dictionary<string, string>> TableRows(this NotebookCell cell)
    {
        var html = cell.Shown("text/html").First(h => h.Contains("<table", StringComparison.Ordinal));
        var header = HeaderRow().Match(html).Groups[1].Value;
        var names = HeaderCell().Matches(header).Select(m => Text(m.Groups[1].Value)).ToList();
        var body = html[html.IndexOf("<tbody>", StringComparison.Ordinal)..];
        return BodyRow().Matches(body)
            .Select(r => DataCell().Matches(r.Groups[1].Value).Select(m => Text(m.Groups[1].Value)).ToList())
            .Select(cells => names.Zip(cells).Where(p => p.First.Length > 0).ToDictionary(p => p.First, p => p.Second))
            .ToList();
    }

    /// <summary>The plotly figures the cell shows.</summary>
    public static IEnumerable<JsonElement> Charts(this NotebookCell cell) =>
        cell.Shown("application/vnd.plotly.v1+json").Select(j => JsonDocument.Parse(j).RootElement);

    /// <summary>The figure's title text.</summary>
    public static string Title(this JsonElement figure) =>
        figure.GetProperty("layout").GetProperty("title").GetProperty("text").GetString() ?? "";

    /// <summary>Every string value of <paramref name="property"/> across the figure's traces.</summary>
    public static IEnumerable<string> TraceValues(this JsonElement figure, string property) => figure.GetProperty("data")
        .EnumerateArray()
        .Where(t => t.TryGetProperty(property, out _))
        .SelectMany(t => t.GetProperty(property) is { ValueKind: JsonValueKind.Array } values
            ? values.EnumerateArray().ToList()
            : [t.GetProperty(property)])
        .Where(v => v.ValueKind == JsonValueKind.String)
        .Select(v => v.GetString()!);

    // A column header is "name<br/><small>Type</small>" for DataFrames and plain "name" for record tables.
    private static string Text(string html) => WebUtility.HtmlDecode(Tags().Replace(html.Split("<br", 2)[0], "")).Trim();

    [GeneratedRegex("<thead>(.*?)</thead>", RegexOptions.Singleline)]
    private static partial Regex HeaderRow();

    [GeneratedRegex("<th>(.*?)</th>", RegexOptions.Singleline)]
    private static partial Regex HeaderCell();

    [GeneratedRegex("<tr>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex BodyRow();

    [GeneratedRegex("<td>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex DataCell();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
