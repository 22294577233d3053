using System.Text.Encodings.Web;
using System.Text.Json;
using Workbench.Diagnostics;

namespace Workbench.Eval;

/// <summary>Reads and writes gold-schema JSONL: one <see cref="GoldArticle"/> per line.</summary>
public static class GoldJsonl
{
    private static readonly JsonSerializerOptions s_options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never,
    };

    /// <summary>Reads a gold file; bad lines become WB025 diagnostics and are skipped.</summary>
    /// <param name="path">The JSONL file.</param>
    /// <param name="diagnostics">Receives the problems found.</param>
    /// <returns>The records read.</returns>
    /// <example><c>GoldJsonl.Read("data/eval/seeds-gold.jsonl", problems)</c></example>
    public static IReadOnlyList<GoldArticle> Read(string path, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (!File.Exists(path))
        {
            diagnostics.Add(DiagnosticCatalog.GoldFileNotFound.Create(path, null, path));
            return [];
        }
        var records = new List<GoldArticle>();
        var lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (line.Trim().Length == 0)
            {
                continue;
            }
            try
            {
                var record = JsonSerializer.Deserialize<GoldArticle>(line, s_options);
                if (record?.File is null)
                {
                    throw new JsonException("no 'file'");
                }
                records.Add(Complete(record));
            }
            catch (JsonException e)
            {
                diagnostics.Add(DiagnosticCatalog.GoldLineMalformed.Create(path, lineNo, e.Message));
            }
        }
        return records;
    }

    /// <summary>One record as one JSON line.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The JSON text, no line break.</returns>
    public static string ToLine(GoldArticle record) => JsonSerializer.Serialize(record, s_options);

    private static GoldArticle Complete(GoldArticle r) => r with
    {
        Persons = r.Persons ?? [],
        Countries = r.Countries ?? [],
        Organizations = r.Organizations ?? [],
        Locations = r.Locations ?? [],
        Events = r.Events ?? [],
        Topics = r.Topics ?? [],
    };
}
