using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Workbench.Notebooks.Diagnostics;

namespace Workbench.Notebooks.Documents;

/// <summary>
/// The <c>.dib</c> text format: an optional <c>#!meta</c> JSON block, then cells each opened by a kernel selector line
/// (<c>#!csharp</c>, <c>#!markdown</c>, <c>#!html</c>, …). No outputs are stored.
/// </summary>
internal static class DibCodec
{
    private static readonly HashSet<string> KnownKernels = new(StringComparer.OrdinalIgnoreCase)
    {
        "csharp", "c#", "fsharp", "f#", "pwsh", "powershell", "javascript", "js", "html", "markdown", "md",
        "mermaid", "sql", "kql", "http", "value",
    };

    public static Notebook Read(string text, string? file)
    {
        try
        {
            return ReadCells(text);
        }
        catch (JsonException e)
        {
            throw new NotebookFormatException(new NotebookDiagnostic(DiagnosticCodes.InvalidNotebook, $"the #!meta block is not valid JSON: {e.Message}", file));
        }
    }

    private static Notebook ReadCells(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var metadata = PolyglotMetadata.CreateNotebookMetadata();
        var kernels = new HashSet<string>(KnownKernels, StringComparer.OrdinalIgnoreCase);
        var blocks = new List<(string Kernel, List<string> Lines)>();
        var current = (Kernel: "", Lines: new List<string>());
        foreach (var line in lines)
        {
            var selector = line.StartsWith("#!", StringComparison.Ordinal) ? line[2..].Trim() : null;
            if (selector is not null && (selector == "meta" || kernels.Contains(selector)))
            {
                blocks.Add(current);
                current = (selector, new List<string>());
                continue;
            }
            current.Lines.Add(line);
        }
        blocks.Add(current);
        var defaultKernel = "csharp";
        var cells = new List<NotebookCell>();
        foreach (var (kernel, body) in blocks)
        {
            var source = Trim(body);
            if (kernel == "meta")
            {
                if (JsonNode.Parse(source) is JsonObject meta)
                {
                    metadata["polyglot_notebook"] = meta;
                    defaultKernel = PolyglotMetadata.DefaultKernel(metadata);
                }
                continue;
            }
            if (kernel.Length == 0 && source.Length == 0) continue;
            var name = Canonical(kernel.Length == 0 ? defaultKernel : kernel);
            var kind = name == "markdown" ? CellKind.Markdown : CellKind.Code;
            cells.Add(new NotebookCell($"cell-{cells.Count + 1}", kind, source) { KernelName = name });
        }
        return new Notebook(cells, metadata);
    }

    public static string Write(Notebook notebook)
    {
        var text = new StringBuilder();
        var meta = notebook.Metadata["polyglot_notebook"] ?? PolyglotMetadata.CreateNotebookMetadata()["polyglot_notebook"];
        text.Append("#!meta\n\n").Append(meta!.ToJsonString()).Append('\n');
        foreach (var cell in notebook.Cells)
        {
            text.Append("\n#!").Append(cell.KernelName).Append("\n\n").Append(cell.Source.TrimEnd('\n')).Append('\n');
        }
        return text.ToString();
    }

    private static string Canonical(string kernel) => kernel.ToLowerInvariant() switch
    {
        "c#" => "csharp",
        "f#" => "fsharp",
        "md" => "markdown",
        "js" => "javascript",
        "powershell" => "pwsh",
        var k => k,
    };

    private static string Trim(List<string> lines)
    {
        var start = lines.FindIndex(l => l.Trim().Length > 0);
        if (start < 0) return "";
        var end = lines.FindLastIndex(l => l.Trim().Length > 0);
        return string.Join('\n', lines.Skip(start).Take(end - start + 1));
    }
}
