using System.Text.Json.Nodes;

namespace Workbench.Notebooks.Documents;

/// <summary>
/// One cell of a <see cref="Notebook"/>. <see cref="KernelName"/> says which language runs it (<c>csharp</c>,
/// <c>html</c>, <c>markdown</c>, …); metadata and unknown fields are kept as JSON so they round-trip.
/// </summary>
/// <example><c>NotebookCell.Code("var x = 1;") with { Tags = ["parameters"] }</c></example>
/// <param name="Id">The nbformat 4.5 cell id.</param>
/// <param name="Kind">Code, markdown or raw.</param>
/// <param name="Source">The cell text, lines joined with <c>\n</c>.</param>
public sealed record NotebookCell(string Id, CellKind Kind, string Source)
{
    /// <summary>The kernel that runs the cell: <c>csharp</c> for C#, <c>html</c>, <c>markdown</c>, …</summary>
    public string KernelName { get; init; } = Kind == CellKind.Markdown ? "markdown" : "csharp";

    /// <summary>The outputs of the last run, in order.</summary>
    public IReadOnlyList<CellOutput> Outputs { get; init; } = [];

    /// <summary>The execution count of the last run, or null when the cell has not run.</summary>
    public int? ExecutionCount { get; init; }

    /// <summary>The cell metadata exactly as read (tags, polyglot_notebook, anything else).</summary>
    public JsonObject Metadata { get; init; } = [];

    /// <summary>Top-level cell fields the model does not know (e.g. <c>attachments</c>), kept for the round trip.</summary>
    public JsonObject Extra { get; init; } = [];

    /// <summary>The cell's tags (<c>metadata.tags</c>), e.g. <c>parameters</c>.</summary>
    public IReadOnlyList<string> Tags =>
        Metadata["tags"] is JsonArray tags ? tags.Select(t => t?.GetValue<string>() ?? "").ToList() : [];

    /// <summary>Creates a C# code cell with a fresh id.</summary>
    /// <param name="source">The code.</param>
    /// <returns>The cell.</returns>
    public static NotebookCell Code(string source) => new(NewId(), CellKind.Code, source);

    /// <summary>Creates a markdown cell with a fresh id.</summary>
    /// <param name="source">The markdown text.</param>
    /// <returns>The cell.</returns>
    public static NotebookCell Markdown(string source) => new(NewId(), CellKind.Markdown, source);

    /// <summary>Makes a fresh 8-character cell id, as Jupyter does.</summary>
    /// <returns>The id.</returns>
    public static string NewId() => Guid.NewGuid().ToString("N")[..8];
}
