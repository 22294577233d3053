using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workbench.Notebooks.Documents;

/// <summary>
/// Writes the neutral model as nbformat 4.5 JSON the way Jupyter does (keys sorted, one-space indent, non-ASCII kept,
/// final newline), keeping metadata in the order read so a read-then-write is byte-identical.
/// </summary>
internal static class IpynbWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        IndentSize = 1,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(Notebook notebook)
    {
        var doc = Sorted(new()
        {
            ["cells"] = new JsonArray(notebook.Cells.Select(WriteCell).ToArray<JsonNode?>()),
            ["metadata"] = notebook.Metadata.DeepClone(),
            ["nbformat"] = notebook.FormatMajor,
            ["nbformat_minor"] = Math.Max(notebook.FormatMinor, 5),
        });
        return doc.ToJsonString(Options) + "\n";
    }

    private static JsonObject WriteCell(NotebookCell cell)
    {
        var fields = new Dictionary<string, JsonNode?>();
        foreach (var (key, value) in cell.Extra)
        {
            fields[key] = value?.DeepClone();
        }
        fields["cell_type"] = cell.Kind switch { CellKind.Markdown => "markdown", CellKind.Raw => "raw", _ => "code" };
        fields["id"] = cell.Id;
        var metadata = cell.Kind == CellKind.Code ? PolyglotMetadata.WithKernelName(cell.Metadata, cell.KernelName) : cell.Metadata;
        fields["metadata"] = metadata.DeepClone();
        fields["source"] = MultilineText.Write(cell.Source);
        if (cell.Kind == CellKind.Code)
        {
            fields["execution_count"] = cell.ExecutionCount is { } n ? JsonValue.Create(n) : null;
            fields["outputs"] = new JsonArray(cell.Outputs.Select(WriteOutput).ToArray<JsonNode?>());
        }
        return Sorted(fields);
    }

    private static JsonObject WriteOutput(CellOutput output) => output switch
    {
        StreamOutput s => Sorted(new() { ["name"] = s.Name, ["output_type"] = "stream", ["text"] = MultilineText.Write(s.Text) }),
        ExecuteResultOutput r => Sorted(new()
        {
            ["data"] = WriteBundle(r.Data), ["execution_count"] = r.ExecutionCount,
            ["metadata"] = new JsonObject(), ["output_type"] = "execute_result",
        }),
        ErrorOutput e => Sorted(new()
        {
            ["ename"] = e.Name, ["evalue"] = e.Value, ["output_type"] = "error",
            ["traceback"] = new JsonArray(e.Traceback.Select(t => (JsonNode?)t).ToArray()),
        }),
        DisplayDataOutput d => Sorted(new()
        {
            ["data"] = WriteBundle(d.Data), ["metadata"] = new JsonObject(), ["output_type"] = "display_data",
        }),
        _ => throw new ArgumentOutOfRangeException(nameof(output), output.GetType().Name, "unknown output kind"),
    };

    private static JsonObject WriteBundle(MimeBundle bundle) => Sorted(bundle.Entries.ToDictionary(
        e => e.Key,
        e => MimeBundle.IsJson(e.Key) ? JsonNode.Parse(e.Value) : (JsonNode?)MultilineText.Write(e.Value)));

    private static JsonObject Sorted(Dictionary<string, JsonNode?> fields)
    {
        var obj = new JsonObject();
        foreach (var key in fields.Keys.Order(StringComparer.Ordinal))
        {
            obj[key] = fields[key];
        }
        return obj;
    }
}
