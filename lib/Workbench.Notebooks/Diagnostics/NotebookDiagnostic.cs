namespace Workbench.Notebooks.Diagnostics;

/// <summary>
/// A problem found while reading, running or exporting a notebook, carrying a stable code from
/// <see cref="DiagnosticCodes"/> and where it happened, so a run can report it and go on.
/// </summary>
/// <example><c>new NotebookDiagnostic(DiagnosticCodes.CompileError, "CS0103: …", "a.ipynb", Cell: 2, Line: 1, Column: 5)</c></example>
/// <param name="Code">The stable code, e.g. <c>WB110</c>; tests check codes, not wording.</param>
/// <param name="Message">A human-readable explanation.</param>
/// <param name="File">The notebook file, when known.</param>
/// <param name="Cell">The 1-based cell number, when the problem belongs to a cell.</param>
/// <param name="Line">The 1-based line inside the cell, when known.</param>
/// <param name="Column">The 1-based column inside the cell, when known.</param>
public sealed record NotebookDiagnostic(
    string Code, string Message, string? File = null, int? Cell = null, int? Line = null, int? Column = null)
{
    /// <summary>Formats the diagnostic as <c>file(cell N, line L, col C): WB1xx message</c>.</summary>
    /// <returns>The one-line form used by the command line.</returns>
    public override string ToString()
    {
        var where = new List<string>();
        if (Cell is { } c) where.Add($"cell {c}");
        if (Line is { } l) where.Add($"line {l}");
        if (Column is { } col) where.Add($"col {col}");
        var place = File is null && where.Count == 0 ? "" : $"{File}{(where.Count > 0 ? "(" + string.Join(", ", where) + ")" : "")}: ";
        return $"{place}{Code} {Message}";
    }
}
