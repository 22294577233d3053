using System.Text.Json;
using System.Text.Json.Nodes;
using Workbench.Notebooks.Diagnostics;

namespace Workbench.Notebooks.Documents;

/// <summary>Reads nbformat 4 JSON into the neutral model, keeping metadata and unknown cell fields as read.</summary>
internal static class IpynbReader
{
    private static readonly HashSet<string> KnownCellFields =
        ["cell_type", "id", "metadata", "source", "outputs", "execution_count"];

    public static Notebook Read(string json, string? file)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            throw Fail(file, $"not valid JSON: {e.Message}");
        }
        if (root is not JsonObject doc || doc["cells"] is not JsonArray cells)
        {
            throw Fail(file, "not an nbformat document (no 'cells' array)");
        }
        var major = doc["nbformat"]?.GetValue<int>() ?? 4;
        if (major != 4)
        {
            throw new NotebookFormatException(new NotebookDiagnostic(
                DiagnosticCodes.UnsupportedFormat, $"nbformat {major} is not supported (4 is)", file));
        }
        var metadata = (JsonObject?)doc["metadata"]?.DeepClone() ?? [];
        var defaultKernel = PolyglotMetadata.DefaultKernel(metadata);
        try
        {
            var read = cells.Select((c, i) => ReadCell(c as JsonObject ?? throw Fail(file, $"cell {i + 1} is not an object"), i, defaultKernel)).ToList();
            return new Notebook(read, metadata) { FormatMajor = major, FormatMinor = doc["nbformat_minor"]?.GetValue<int>() ?? 5 };
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or JsonException)
        {
            throw Fail(file, $"unexpected value: {e.Message}");
        }
    }

    private static NotebookFormatException Fail(string? file, string message) =>
        new(new NotebookDiagnostic(DiagnosticCodes.InvalidNotebook, message, file));

    private static NotebookCell ReadCell(JsonObject cell, int index, string defaultKernel)
    {
        var kind = cell["cell_type"]?.GetValue<string>() switch
        {
            "markdown" => CellKind.Markdown,
            "raw" => CellKind.Raw,
            _ => CellKind.Code,
        };
        var metadata = (JsonObject?)cell["metadata"]?.DeepClone() ?? [];
        var extra = new JsonObject();
        foreach (var (key, value) in cell.Where(p => !KnownCellFields.Contains(p.Key)))
        {
            extra[key] = value?.DeepClone();
        }
        var kernel = kind switch
        {
            CellKind.Markdown => "markdown",
            CellKind.Raw => "raw",
            _ => PolyglotMetadata.ReadKernelName(metadata) ?? defaultKernel,
        };
        return new NotebookCell(cell["id"]?.GetValue<string>() ?? $"cell-{index + 1}", kind, MultilineText.Read(cell["source"]))
        {
            KernelName = kernel,
            Metadata = metadata,
            Extra = extra,
            ExecutionCount = cell["execution_count"]?.GetValue<int>(),
            Outputs = (cell["outputs"] as JsonArray)?.Select(o => ReadOutput(o as JsonObject ?? throw new FormatException("an output is not an object"))).ToList() ?? [],
        };
    }

    private static CellOutput ReadOutput(JsonObject o) => o["output_type"]?.GetValue<string>() switch
    {
        "stream" => new StreamOutput(o["name"]?.GetValue<string>() ?? "stdout", MultilineText.Read(o["text"])),
        "execute_result" => new ExecuteResultOutput(ReadBundle(o["data"]), o["execution_count"]?.GetValue<int>() ?? 0),
        "error" => new ErrorOutput(
            o["ename"]?.GetValue<string>() ?? "", o["evalue"]?.GetValue<string>() ?? "",
            (o["traceback"] as JsonArray)?.Select(t => t?.GetValue<string>() ?? "").ToList() ?? []),
        _ => new DisplayDataOutput(ReadBundle(o["data"])),
    };

    private static MimeBundle ReadBundle(JsonNode? data) =>
        new((data as JsonObject ?? []).Select(p => KeyValuePair.Create(
            p.Key,
            MimeBundle.IsJson(p.Key) ? p.Value?.ToJsonString() ?? "null" : MultilineText.Read(p.Value))).ToList());
}
