using System.Text.Json.Nodes;

namespace Workbench.Notebooks.Documents;

/// <summary>
/// A notebook in the neutral model shared by the <c>.ipynb</c> and <c>.dib</c> codecs: ordered cells plus the
/// document metadata, kept as JSON so unknown keys round-trip untouched.
/// </summary>
/// <example><c>var nb = NotebookFile.Read("walkthrough.ipynb"); var code = nb.Cells.Where(c => c.Kind == CellKind.Code);</c></example>
/// <param name="Cells">The cells, in document order.</param>
/// <param name="Metadata">The notebook-level metadata (kernelspec, language_info, polyglot_notebook, anything else).</param>
public sealed record Notebook(IReadOnlyList<NotebookCell> Cells, JsonObject Metadata)
{
    /// <summary>The nbformat major version; the codecs read and write 4.</summary>
    public int FormatMajor { get; init; } = 4;

    /// <summary>The nbformat minor version; 5 introduced cell ids.</summary>
    public int FormatMinor { get; init; } = 5;

    /// <summary>Creates an empty C# notebook with .NET Interactive's metadata, ready to add cells to.</summary>
    /// <param name="cells">The cells.</param>
    /// <returns>A notebook whose metadata says C# the way Polyglot Notebooks does.</returns>
    public static Notebook CreateCSharp(IEnumerable<NotebookCell> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        return new Notebook(cells.ToList(), PolyglotMetadata.CreateNotebookMetadata());
    }
}
