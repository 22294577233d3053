using System.Net;
using System.Text;
using Microsoft.Data.Analysis;

namespace Workbench.Notebooks.Engine.Formatting;

/// <summary>A <see cref="DataFrame"/> as a plain HTML table: shape, column names with types, the first rows. No script.</summary>
internal static class DataFrameFormatter
{
    public const int MaxRows = 20;

    public static string ToHtml(DataFrame frame)
    {
        var html = new StringBuilder("<div class=\"wb-frame\">");
        html.Append($"<p class=\"wb-frame-shape\">{frame.Rows.Count} rows × {frame.Columns.Count} columns</p>");
        html.Append("<table><thead><tr><th></th>");
        foreach (var column in frame.Columns)
        {
            html.Append($"<th>{Encode(column.Name)}<br/><small>{Encode(column.DataType.Name)}</small></th>");
        }
        html.Append("</tr></thead><tbody>");
        var shown = Math.Min(frame.Rows.Count, MaxRows);
        for (long row = 0; row < shown; row++)
        {
            html.Append($"<tr><td>{row}</td>");
            foreach (var column in frame.Columns)
            {
                html.Append($"<td>{Encode(Cell(column[row]))}</td>");
            }
            html.Append("</tr>");
        }
        html.Append("</tbody></table>");
        if (frame.Rows.Count > shown) html.Append($"<p class=\"wb-frame-more\">… {frame.Rows.Count - shown} more rows</p>");
        return html.Append("</div>").ToString();
    }

    public static string ToText(DataFrame frame)
    {
        var text = new StringBuilder($"DataFrame: {frame.Rows.Count} rows × {frame.Columns.Count} columns\n");
        text.AppendJoin('\t', frame.Columns.Select(c => $"{c.Name} ({c.DataType.Name})")).Append('\n');
        var shown = Math.Min(frame.Rows.Count, MaxRows);
        for (long row = 0; row < shown; row++)
        {
            text.AppendJoin('\t', frame.Columns.Select(c => Cell(c[row]))).Append('\n');
        }
        if (frame.Rows.Count > shown) text.Append($"… {frame.Rows.Count - shown} more rows\n");
        return text.ToString();
    }

    /// <summary>A cell as text: invariant numbers, ISO dates (date only at midnight).</summary>
    private static string Cell(object? value) => value switch
    {
        DateTime d when d.TimeOfDay == TimeSpan.Zero => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };

    private static string Encode(string? value) => WebUtility.HtmlEncode(value ?? "");
}
