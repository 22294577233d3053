using System.Text.RegularExpressions;
using Workbench.Diagnostics;
using Workbench.Text;

namespace Workbench.Corpus.Reading;

/// <summary>Reads a <c>.txt</c> file: one article, its id the file name without extension.</summary>
internal static partial class TextArticleReader
{
    public static IReadOnlyList<RawArticle> Read(ArticleFile file, ReadOnlySpan<byte> bytes, CorpusOptions options, List<Diagnostic> diagnostics)
    {
        var text = Decode(file, bytes, options, diagnostics, out var encoding);
        if (text is null)
        {
            return [];
        }
        return [new RawArticle(IdOf(file.RelativePath), file.RelativePath, text, encoding)];
    }

    /// <summary>Decodes the bytes, reporting failures, guesses, blank text and mojibake; <see langword="null"/> when there is no text.</summary>
    public static string? Decode(ArticleFile file, ReadOnlySpan<byte> bytes, CorpusOptions options, List<Diagnostic> diagnostics, out string encoding)
    {
        var decoded = TextDecoder.Decode(bytes, options.Encoding, file.RelativePath);
        diagnostics.AddRange(decoded.Problems);
        encoding = decoded.EncodingName;
        if (decoded.Text is null)
        {
            return null;
        }
        if (string.IsNullOrWhiteSpace(decoded.Text))
        {
            diagnostics.Add(DiagnosticCatalog.EmptyFile.Create(file.RelativePath, null));
            return null;
        }
        if (Mojibake().Match(decoded.Text) is { Success: true } m)
        {
            diagnostics.Add(DiagnosticCatalog.LooksLikeMojibake.Create(file.RelativePath, null, m.Value));
        }
        return decoded.Text;
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
