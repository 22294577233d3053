using System.Globalization;
using Microsoft.Data.Analysis;

namespace Workbench.Frames;

/// <summary>
/// Reads cells of the tagging frames by column name, whatever the column's storage type, so the counts depend on the
/// frames' column names (the shared contract) and not on how each column happens to be stored.
/// </summary>
internal static class CountsCells
{
    public static IEnumerable<long> Rows(DataFrame frame) => Enumerable.Range(0, checked((int)frame.Rows.Count)).Select(i => (long)i);

    public static string? Cell(DataFrame frame, string column, long row) => frame.Columns[column][row] switch
    {
        null => null,
        string s when s.Length == 0 => null,
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString(),
    };

    public static int Number(DataFrame frame, string column, long row) =>
        frame.Columns[column][row] is { } value ? Convert.ToInt32(value, CultureInfo.InvariantCulture) : 0;

    /// <summary>Splits a "; "-joined cell (participants, countries) into its items.</summary>
    public static IReadOnlyList<string> Items(DataFrame frame, string column, long row) =>
        Cell(frame, column, row)?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    public static bool Has(DataFrame frame, string column) => frame.Columns.IndexOf(column) >= 0;
}
