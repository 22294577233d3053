using System.Text.Json;
using Workbench.Notebooks.Diagnostics;
using Workbench.Notebooks.Runner;

namespace Workbench.Cli.Commands.Run;

/// <summary>
/// The lines a notebook process writes on stdout for its parent: one per finished cell, one per diagnostic, one at the
/// end. Tab-separated kind first; diagnostics as JSON.
/// </summary>
internal static class ChildProtocol
{
    public const string Cell = "wb-cell";
    public const string Diagnostic = "wb-diag";
    public const string Done = "wb-done";

    public static string FormatCell(CellProgress p) =>
        $"{Cell}\t{p.CellNumber}\t{p.CodeCellsDone}\t{p.CodeCells}\t{p.Status}\t{(long)p.Elapsed.TotalMilliseconds}";

    public static string FormatDiagnostic(NotebookDiagnostic d) => $"{Diagnostic}\t{JsonSerializer.Serialize(d)}";

    public static CellProgress? ParseCell(string[] parts) =>
        parts.Length == 6 && int.TryParse(parts[1], out var cell) && int.TryParse(parts[2], out var done)
        && int.TryParse(parts[3], out var total) && Enum.TryParse<Workbench.Notebooks.Engine.ExecutionStatus>(parts[4], out var status)
        && long.TryParse(parts[5], out var ms)
            ? new CellProgress(cell, done, total, status, TimeSpan.FromMilliseconds(ms)) : null;

    public static NotebookDiagnostic? ParseDiagnostic(string json) => JsonSerializer.Deserialize<NotebookDiagnostic>(json);
}
