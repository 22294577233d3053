namespace Workbench.Notebooks.Documents;

/// <summary>What a cell holds, matching nbformat's <c>cell_type</c>.</summary>
public enum CellKind
{
    /// <summary>Code to run (C#, or another kernel named by <see cref="NotebookCell.KernelName"/>).</summary>
    Code,
    /// <summary>Markdown text.</summary>
    Markdown,
    /// <summary>Raw text passed through untouched.</summary>
    Raw,
}
