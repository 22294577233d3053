using Microsoft.Data.Analysis;

namespace Workbench.Frames;

/// <summary>
/// Two everyday DataFrame moves that take several calls in Microsoft.Data.Analysis, as one readable call each:
/// keep the rows where a column has a value, and count rows per value of a column, most frequent first.
/// </summary>
public static class CountsFrameExtensions
{
    /// <summary>The rows of <paramref name="frame"/> whose <paramref name="column"/> equals <paramref name="value"/>.</summary>
    /// <remarks>Same as <c>frame.Filter(frame[column].ElementwiseEquals(value))</c>, which reads less like the question.</remarks>
    /// <param name="frame">The frame to filter.</param>
    /// <param name="column">The column to test.</param>
    /// <param name="value">The value to keep.</param>
    /// <returns>A new frame with the matching rows, in their original order.</returns>
    /// <example><c>tags.Entities.Where("type", "person")</c></example>
    public static DataFrame Where(this DataFrame frame, string column, string value)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentException.ThrowIfNullOrEmpty(column);
        ArgumentNullException.ThrowIfNull(value);
        return frame.Filter(frame[column].ElementwiseEquals(value));
    }

    /// <summary>
    /// How many rows hold each value of <paramref name="column"/>, most frequent first (ties in ordinal order),
    /// as a two-column frame: the value and <paramref name="countName"/>.
    /// </summary>
    /// <remarks>
    /// <c>frame.GroupBy(column).Count()</c> counts every other column separately and leaves the groups unsorted;
    /// this is the table people usually mean.
    /// </remarks>
    /// <param name="frame">The frame to count.</param>
    /// <param name="column">The column whose values are counted.</param>
    /// <param name="countName">The name of the count column.</param>
    /// <returns>A new frame, one row per distinct value (empty cells counted as one value, shown empty).</returns>
    /// <example><c>tags.Mentions.CountBy("surface")</c> counts names as written; <c>CountBy("entity")</c> counts people.</example>
    public static DataFrame CountBy(this DataFrame frame, string column, string countName = "count")
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentException.ThrowIfNullOrEmpty(column);
        ArgumentException.ThrowIfNullOrEmpty(countName);
        var counts = CountsCells.Rows(frame)
            .GroupBy(i => CountsCells.Cell(frame, column, i) ?? "", StringComparer.Ordinal)
            .Select(g => (Value: g.Key, Count: g.Count()))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Value, StringComparer.Ordinal)
            .ToList();
        return new DataFrame(
            new StringDataFrameColumn(column, counts.Select(c => c.Value)),
            new Int32DataFrameColumn(countName, counts.Select(c => c.Count)));
    }
}
