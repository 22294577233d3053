using Workbench.Notebooks.Engine;

namespace Workbench.Notebooks.Runner;

/// <summary>How <see cref="NotebookRunner"/> runs a notebook (papermill's rules unless said otherwise).</summary>
/// <example><c>new NotebookRunOptions { Parameters = new Dictionary&lt;string, string&gt; { ["year"] = "2024" }, AllowErrors = true }</c></example>
public sealed record NotebookRunOptions
{
    /// <summary><c>-p name=value</c> pairs, injected after the cell tagged <c>parameters</c> and typed from its defaults.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>Run every cell even after one fails (the run still reports failure).</summary>
    public bool AllowErrors { get; init; }

    /// <summary>How long each cell may run; null = no limit.</summary>
    public TimeSpan? CellTimeout { get; init; }

    /// <summary>The session options (working directory, references, package cache); the working directory defaults to
    /// the notebook's folder.</summary>
    public SessionOptions Session { get; init; } = new();
}

/// <summary>Progress of a run, reported once per code cell when it finishes.</summary>
/// <param name="CellNumber">The 1-based cell number in the executed notebook.</param>
/// <param name="CodeCellsDone">How many code cells have run.</param>
/// <param name="CodeCells">How many code cells there are.</param>
/// <param name="Status">How the cell ended.</param>
/// <param name="Elapsed">How long it took.</param>
public sealed record CellProgress(int CellNumber, int CodeCellsDone, int CodeCells, ExecutionStatus Status, TimeSpan Elapsed);
