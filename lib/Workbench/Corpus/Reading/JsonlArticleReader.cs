using System.Globalization;
using System.Text.Json;
using Workbench.Cleaning;
using Workbench.Diagnostics;

namespace Workbench.Corpus.Reading;

/// <summary>Reads a <c>.jsonl</c> file: one article per line, <c>{"id", "title", "text", "published", "url", "outlet",
/// "language"}</c>; only <c>text</c> is required. A bad line is reported with its number and the others still load.</summary>
internal static class JsonlArticleReader
{
    public static IReadOnlyList<RawArticle> Read(ArticleFile file, ReadOnlySpan<byte> bytes, CorpusOptions options, List<Diagnostic> diagnostics)
    {
        var text = TextArticleReader.Decode(file, bytes, options, diagnostics, out var encoding);
        if (text is null)
        {
            return [];
        }
        var articles = new List<RawArticle>();
        var stem = TextArticleReader.IdOf(file.RelativePath);
        var lineNo = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            lineNo++;
            var trimmed = line.Trim();
            if (trimmed.IsEmpty)
            {
                continue;
            }
            if (trimmed.Length > options.MaxJsonLineChars)
            {
                diagnostics.Add(DiagnosticCatalog.LineTooLong.Create(file.RelativePath, lineNo, trimmed.Length, options.MaxJsonLineChars));
                continue;
            }
            if (ReadLine(trimmed.ToString(), file, lineNo, stem, encoding, diagnostics) is { } raw)
            {
                articles.Add(raw);
            }
        }
        return articles;
    }

    private static RawArticle? ReadLine(string json, ArticleFile file, int lineNo, string stem, string encoding,
        List<Diagnostic> diagnostics)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            diagnostics.Add(DiagnosticCatalog.MalformedJsonLine.Create(file.RelativePath, lineNo, e.Message));
            return null;
        }
        using (doc)
        {
            var row = doc.RootElement;
            if (row.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Add(DiagnosticCatalog.MalformedJsonLine.Create(file.RelativePath, lineNo, $"a JSON {row.ValueKind.ToString().ToLowerInvariant()}, not an object"));
                return null;
            }
            if (!row.TryGetProperty("text", out var textValue) || textValue.ValueKind != JsonValueKind.String)
            {
                diagnostics.Add(DiagnosticCatalog.MissingField.Create(file.RelativePath, lineNo, "text", textValue.ValueKind == JsonValueKind.Undefined ? "absent" : "not a string"));
                return null;
            }
            var body = textValue.GetString()!;
            if (string.IsNullOrWhiteSpace(body))
            {
                diagnostics.Add(DiagnosticCatalog.MissingField.Create(file.RelativePath, lineNo, "text", "blank"));
                return null;
            }
            var id = row.TryGetProperty("id", out var idValue) ? idValue.ValueKind switch
            {
                JsonValueKind.String when !string.IsNullOrWhiteSpace(idValue.GetString()) => idValue.GetString()!.Trim(),
                JsonValueKind.Number => idValue.GetRawText(),
                _ => null,
            } : null;
            if (id is null)
            {
                id = string.Create(CultureInfo.InvariantCulture, $"{stem}-{lineNo}");
                diagnostics.Add(DiagnosticCatalog.MissingId.Create(file.RelativePath, lineNo, id));
            }
            var provenance = new List<Provenance>();
            var title = Field(row, "title", provenance);
            var outlet = Field(row, "outlet", provenance);
            var language = Field(row, "language", provenance)?.Split('-', '_')[0].ToLowerInvariant(); // "vi-VN" → "vi"
            DateOnly? published = null;
            TimeOnly? time = null;
            var publishedText = Field(row, "published", null);
            if (publishedText is not null)
            {
                if (IsoDate.TryParse(publishedText, out var d, out var t))
                {
                    (published, time) = (d, t);
                    provenance.Add(new Provenance("published", d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "jsonl:published"));
                }
                else
                {
                    diagnostics.Add(DiagnosticCatalog.UnreadableDate.Create(file.RelativePath, lineNo, publishedText));
                }
            }
            return new RawArticle(id, file.RelativePath, body, encoding)
            {
                Title = title,
                Published = published,
                PublishedTime = time,
                Url = Field(row, "url", null),
                Outlet = outlet,
                Language = language,
                Provenance = provenance,
            };
        }
    }

    private static string? Field(JsonElement row, string name, List<Provenance>? provenance)
    {
        if (!row.TryGetProperty(name, out var v) || v.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(v.GetString()))
        {
            return null;
        }
        var value = v.GetString()!.Trim();
        provenance?.Add(new Provenance(name, value, $"jsonl:{name}"));
        return value;
    }
}
