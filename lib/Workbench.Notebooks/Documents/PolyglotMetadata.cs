using System.Text.Json.Nodes;

namespace Workbench.Notebooks.Documents;

/// <summary>The metadata .NET Interactive (Polyglot Notebooks) writes, so notebooks open in VS Code and Jupyter as C#.</summary>
internal static class PolyglotMetadata
{
    public static JsonObject CreateNotebookMetadata() => new()
    {
        ["kernelspec"] = new JsonObject
        {
            ["display_name"] = ".NET (C#)",
            ["language"] = "C#",
            ["name"] = ".net-csharp",
        },
        ["language_info"] = new JsonObject
        {
            ["file_extension"] = ".cs",
            ["mimetype"] = "text/x-csharp",
            ["name"] = "C#",
            ["pygments_lexer"] = "csharp",
            ["version"] = "13.0",
        },
        ["polyglot_notebook"] = new JsonObject
        {
            ["kernelInfo"] = new JsonObject
            {
                ["defaultKernelName"] = "csharp",
                ["items"] = new JsonArray(new JsonObject { ["aliases"] = new JsonArray(), ["name"] = "csharp" }),
            },
        },
    };

    /// <summary>The kernel a code cell names in its metadata, or null.</summary>
    public static string? ReadKernelName(JsonObject cellMetadata) =>
        (cellMetadata["polyglot_notebook"] as JsonObject)?["kernelName"]?.GetValue<string>()
        ?? (cellMetadata["dotnet_interactive"] as JsonObject)?["language"]?.GetValue<string>();

    /// <summary>The notebook's default kernel (<c>polyglot_notebook.kernelInfo.defaultKernelName</c>), or csharp.</summary>
    public static string DefaultKernel(JsonObject notebookMetadata) =>
        ((notebookMetadata["polyglot_notebook"] as JsonObject)?["kernelInfo"] as JsonObject)?["defaultKernelName"]
            ?.GetValue<string>() ?? "csharp";

    /// <summary>Cell metadata naming <paramref name="kernelName"/>, leaving the object untouched when it already does.</summary>
    public static JsonObject WithKernelName(JsonObject cellMetadata, string kernelName)
    {
        if (ReadKernelName(cellMetadata) == kernelName) return cellMetadata;
        var copy = (JsonObject)cellMetadata.DeepClone();
        var polyglot = copy["polyglot_notebook"] as JsonObject ?? [];
        polyglot["kernelName"] = kernelName;
        copy["polyglot_notebook"] = polyglot;
        return copy;
    }
}
