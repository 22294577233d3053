using Workbench.Notebooks.Diagnostics;
using Workbench.Notebooks.Documents;

namespace Workbench.Notebooks.Runner;

/// <summary>The executed notebook and what went wrong, if anything.</summary>
/// <param name="Notebook">The notebook with outputs, execution counts and parameters recorded; always writable.</param>
/// <param name="Diagnostics">Problems found, each naming its cell, line and column.</param>
/// <param name="Abandoned">True when a cell ignored cancellation and still runs on a background thread: end the process.</param>
public sealed record NotebookRunResult(Notebook Notebook, IReadOnlyList<NotebookDiagnostic> Diagnostics, bool Abandoned)
{
    /// <summary>True when no cell failed and no parameter was rejected.</summary>
    public bool Succeeded => Diagnostics.Count == 0;
}
