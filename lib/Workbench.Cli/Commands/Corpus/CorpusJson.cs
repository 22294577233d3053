using System.Globalization;
using System.Text.Json;
using Workbench.Text;
using ArticleCorpus = Workbench.Corpus.Corpus;

namespace Workbench.Cli.Commands.CorpusVerb;

/// <summary>The machine view of a loaded corpus: its articles (metadata, counts, provenance) and the load report.</summary>
internal static class CorpusJson
{
    private static readonly JsonSerializerOptions s_options = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // Vietnamese stays readable
    };

    public static string Write(ArticleCorpus corpus)
    {
        var report = corpus.Report;
        var document = new
        {
            path = report.Path,
            summary = Workbench.Corpus.CorpusSummary.Describe(corpus),
            articles = corpus.Select(a => new
            {
                id = a.Id,
                file = a.File,
                language = a.Language,
                outlet = a.Outlet,
                title = a.Title,
                published = a.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                publishedTime = a.PublishedTime?.ToString("HH:mm", CultureInfo.InvariantCulture),
                dateline = a.Dateline,
                url = a.Url,
                encoding = a.Encoding,
                words = TextStatistics.CountWords(a.Body),
                paragraphs = a.Paragraphs.Count,
                sentences = a.Sentences.Count,
                relatedHeadlines = a.RelatedHeadlines,
                removed = Workbench.Corpus.RemovedTextList.KindsOf(a.Removed).GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count()),
                chromeChars = Workbench.Corpus.RemovedTextList.TextLengthOf(a.Removed),
                provenance = a.Provenance.Select(p => new { field = p.Field, value = p.Value, rule = p.Rule }),
            }),
            report = new
            {
                files = report.Files,
                articles = report.Articles,
                bytes = report.Bytes,
                elapsedMs = Math.Round(report.Elapsed.TotalMilliseconds, 1),
                diagnostics = report.Diagnostics.Select(d => new
                {
                    code = d.Code,
                    severity = d.Severity.ToString().ToLowerInvariant(),
                    file = d.File,
                    line = d.Line,
                    message = d.Message,
                }),
            },
        };
        return JsonSerializer.Serialize(document, s_options);
    }
}
