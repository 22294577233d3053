using System.Buffers;
using System.Text.RegularExpressions;
using Workbench.Cleaning;
using Workbench.Diagnostics;
using Workbench.Text;

namespace Workbench.Corpus.Reading;

/// <summary>Reads a <c>.txt</c> file: one article, its id the file name without extension.</summary>
internal static partial class TextArticleReader
{
    /// <summary>Reads and cleans the file in one go: the text is decoded into a pooled array and only read from there
    /// (normalised, cleaned), never made a string of its own.</summary>
    public static IReadOnlyList<Article> Load(ArticleFile file, ReadOnlySpan<byte> bytes, CorpusOptions options, CleaningKnowledge knowledge, List<Diagnostic> diagnostics)
    {
        var decoded = TextDecoder.DecodePooled(bytes, options.Encoding, file.RelativePath, out var rented, out var text);
        try
        {
            diagnostics.AddRange(decoded.Problems);
            if (rented is null || !Check(file, text.Span, diagnostics))
            {
                return [];
            }
            // The text travels beside the raw article, so its Text stays empty.
            var raw = new RawArticle(IdOf(file.RelativePath), file.RelativePath, string.Empty, decoded.EncodingName);
            return new List<Article>(1) { ArticleCleaner.CleanDecoded(raw, knowledge, text, diagnostics) };
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Decodes the bytes, reporting failures, guesses, blank text and mojibake; <see langword="null"/> when there is no text.</summary>
    public static string? Decode(ArticleFile file, ReadOnlySpan<byte> bytes, CorpusOptions options, List<Diagnostic> diagnostics, out string encoding)
    {
        var decoded = TextDecoder.Decode(bytes, options.Encoding, file.RelativePath);
        diagnostics.AddRange(decoded.Problems);
        encoding = decoded.EncodingName;
        return decoded.Text is not null && Check(file, decoded.Text, diagnostics) ? decoded.Text : null;
    }

    /// <summary>Reports blank text (then false: there is nothing to load) and text that looks like mojibake.</summary>
    private static bool Check(ArticleFile file, ReadOnlySpan<char> text, List<Diagnostic> diagnostics)
    {
        if (text.IsWhiteSpace())
        {
            diagnostics.Add(DiagnosticCatalog.EmptyFile.Create(file.RelativePath, null));
            return false;
        }
        foreach (var m in Mojibake().EnumerateMatches(text))
        {
            diagnostics.Add(DiagnosticCatalog.LooksLikeMojibake.Create(file.RelativePath, null, text.Slice(m.Index, m.Length).ToString()));
            break;
        }
        return true;
    }

    public static string IdOf(string relativePath)
    {
        var dir = Path.GetDirectoryName(relativePath)?.Replace('\\', '/');
        var stem = Path.GetFileNameWithoutExtension(relativePath);
        return string.IsNullOrEmpty(dir) ? stem : $"{dir}/{stem}";
    }

    // UTF-8 read as Windows-1252: "Ã©" for é, "á»‡" for ệ, "Ä‘" for đ, "â€™" for ’.
    [GeneratedRegex("Ã[\u00A0-\u00BF]|á»[\u0080-\u00BF\u2018-\u203A\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u02C6\u02DC\u20AC\u2122]|Ä‘|â€[\u2122\u0153\u009D\u201C\u201D\u02DC\u00A6]", RegexOptions.CultureInvariant)]
    private static partial Regex Mojibake();
}
