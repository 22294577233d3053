using System.Reflection;
using System.Text.Json;
using Workbench.Diagnostics;

namespace Workbench.Cleaning;

/// <summary>Reads the cleaning data files, from a folder or, failing that, from the copies built into the library.</summary>
internal sealed class KnowledgeFiles
{
    private const string ResourcePrefix = "Workbench.Knowledge.";
    private readonly string? _directory;

    private KnowledgeFiles(string? directory) => _directory = directory;

    /// <summary>Where the files come from: a folder path, or <c>(built in)</c>.</summary>
    public string Source => _directory ?? "(built in)";

    public static KnowledgeFiles FromDirectory(string directory) => new(directory);

    public static KnowledgeFiles BuiltIn { get; } = new(null);

    /// <summary>The text of <paramref name="name"/>, or <see langword="null"/> when there is no such file.</summary>
    public string? Read(string name)
    {
        if (_directory is not null)
        {
            var path = Path.Combine(_directory, name);
            return File.Exists(path) ? File.ReadAllText(path) : null;
        }
        using var stream = typeof(KnowledgeFiles).Assembly.GetManifestResourceStream(ResourcePrefix + name);
        if (stream is null)
        {
            return null;
        }
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>WB020 for a file this folder lacks: the work goes on without what it would have said.</summary>
    private Diagnostic Missing(string name) => DiagnosticCatalog.KnowledgeFileMissing.Create(Path.Combine(Source, name), null, name);

    /// <summary>Each non-blank, non-comment line of a JSONL file as a JSON object, with its 1-based line number.</summary>
    public IEnumerable<(int Line, JsonElement Row)> ReadJsonl(string name, List<Diagnostic> problems)
    {
        var text = Read(name);
        if (text is null)
        {
            problems.Add(Missing(name));
            yield break;
        }
        var lineNo = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNo++;
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }
            JsonElement row;
            try
            {
                using var doc = JsonDocument.Parse(trimmed);
                row = doc.RootElement.Clone();
            }
            catch (JsonException e)
            {
                problems.Add(DiagnosticCatalog.InvalidRule.Create(Path.Combine(Source, name), lineNo, e.Message));
                continue;
            }
            if (row.ValueKind != JsonValueKind.Object)
            {
                problems.Add(DiagnosticCatalog.InvalidRule.Create(Path.Combine(Source, name), lineNo, "not a JSON object"));
                continue;
            }
            yield return (lineNo, row);
        }
    }

    /// <summary>The rows of a TSV file with a header line, as column-name → value maps; a missing file is reported to
    /// <paramref name="problems"/> (WB020).</summary>
    public IEnumerable<(int Line, IReadOnlyDictionary<string, string> Row)> ReadTsv(string name, List<Diagnostic> problems)
    {
        var text = Read(name);
        if (text is null)
        {
            problems.Add(Missing(name));
            yield break;
        }
        string[]? header = null;
        var lineNo = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNo++;
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var cells = line.Split('\t');
            if (header is null)
            {
                header = cells;
                continue;
            }
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length && i < cells.Length; i++)
            {
                row[header[i].Trim()] = cells[i].Trim();
            }
            yield return (lineNo, row);
        }
    }

    public static string? String(JsonElement row, string property) =>
        row.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static IReadOnlyList<string> Strings(JsonElement row, string property) =>
        row.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToArray()
            : [];

    internal static Assembly Assembly => typeof(KnowledgeFiles).Assembly;
}
