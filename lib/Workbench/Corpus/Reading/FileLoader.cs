using Workbench.Cleaning;
using Workbench.Diagnostics;

namespace Workbench.Corpus.Reading;

/// <summary>The articles one file yielded and the problems it had.</summary>
internal sealed record FileResult(IReadOnlyList<Article> Articles, IReadOnlyList<Diagnostic> Diagnostics, long Bytes);

/// <summary>Reads one file with the reader for its kind and cleans what it yields. Never throws for bad input.</summary>
internal static class FileLoader
{
    public static FileResult Load(ArticleFile file, CorpusOptions options, CleaningKnowledge knowledge)
    {
        if (TooLarge(file, options) is { } refused) return refused;
        byte[]? rented = null;
        try
        {
            ReadOnlySpan<byte> bytes;
            try
            {
                bytes = PooledFileReader.Read(file.FullPath, out rented);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return ReadFailed(file, e);
            }
            return FromBytes(file, bytes, options, knowledge, []);
        }
        finally
        {
            PooledFileReader.Return(rented);
        }
    }

    public static async Task<FileResult> LoadAsync(ArticleFile file, CorpusOptions options, CleaningKnowledge knowledge, CancellationToken ct)
    {
        if (TooLarge(file, options) is { } refused) return refused;
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(file.FullPath, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ReadFailed(file, e);
        }
        return FromBytes(file, bytes, options, knowledge, []);
    }

    // Checked before reading, from the directory entry, so an oversized file is never read into memory.
    private static FileResult? TooLarge(ArticleFile file, CorpusOptions options) =>
        file.Length > options.MaxFileBytes
            ? new FileResult([], [DiagnosticCatalog.FileTooLarge.Create(file.RelativePath, null, file.Length, options.MaxFileBytes)], 0)
            : null;

    private static FileResult ReadFailed(ArticleFile file, Exception e) =>
        new([], [DiagnosticCatalog.ReadFailed.Create(file.RelativePath, null, e.Message)], 0);

    private static FileResult FromBytes(ArticleFile file, ReadOnlySpan<byte> bytes, CorpusOptions options, CleaningKnowledge knowledge, List<Diagnostic> diagnostics)
    {
        try
        {
            return Parse(file, bytes, options, knowledge, diagnostics);
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
        {
            // A reader or rule tripping over input nobody foresaw costs this file, never the load.
            diagnostics.Add(DiagnosticCatalog.ReadFailed.Create(file.RelativePath, null, $"{e.GetType().Name}: {e.Message}"));
            return new FileResult([], diagnostics, (long)bytes.Length);
        }
    }

    private static FileResult Parse(ArticleFile file, ReadOnlySpan<byte> bytes, CorpusOptions options, CleaningKnowledge knowledge, List<Diagnostic> diagnostics)
    {
        if (bytes.Length > options.MaxFileBytes)
        {
            diagnostics.Add(DiagnosticCatalog.FileTooLarge.Create(file.RelativePath, null, (long)bytes.Length, options.MaxFileBytes));
            return new FileResult([], diagnostics, (long)bytes.Length);
        }
        if (file.Kind is not (ArticleFileKind.Html or ArticleFileKind.Jsonl))
        {
            return new FileResult(TextArticleReader.Load(file, bytes, options, knowledge, diagnostics), diagnostics, (long)bytes.Length);
        }
        var raws = file.Kind == ArticleFileKind.Html
            ? HtmlArticleReader.Read(file, bytes, options, diagnostics)
            : JsonlArticleReader.Read(file, bytes, options, diagnostics);
        var articles = new List<Article>(raws.Count);
        foreach (var raw in raws)
        {
            articles.Add(ArticleCleaner.Clean(raw, knowledge, diagnostics));
        }
        return new FileResult(articles, diagnostics, (long)bytes.Length);
    }
}
