using System.Reflection;

namespace Workbench.Diagnostics;

/// <summary>
/// The one catalogue of Workbench diagnostics. Codes WB001–WB019 belong to loading and cleaning the corpus; WB02x to
/// tagging; further ranges to the notebook engine and the kernel. Each range may live in its own partial file.
/// </summary>
/// <remarks>Every code is declared once, as a <c>public static readonly</c> <see cref="DiagnosticDescriptor"/> field;
/// <see cref="All"/> lists them and a test rejects duplicate codes.</remarks>
public static partial class DiagnosticCatalog
{
    /// <summary>WB001: the path given to load does not exist.</summary>
    public static readonly DiagnosticDescriptor PathNotFound =
        new("WB001", DiagnosticSeverity.Error, "path not found", "No file or folder at '{0}'.");

    /// <summary>WB002: the file has no bytes, or only whitespace.</summary>
    public static readonly DiagnosticDescriptor EmptyFile =
        new("WB002", DiagnosticSeverity.Error, "empty file", "The file is empty (no text to load).");

    /// <summary>WB003: the file holds binary data (NUL or control bytes), not text.</summary>
    public static readonly DiagnosticDescriptor BinaryFile =
        new("WB003", DiagnosticSeverity.Error, "binary file", "The file is binary, not text ({0}).");

    /// <summary>WB004: the bytes do not decode cleanly in the encoding that applies; nothing is loaded rather than mojibake.</summary>
    public static readonly DiagnosticDescriptor Undecodable =
        new("WB004", DiagnosticSeverity.Error, "undecodable text",
            "The text does not decode as {0}: invalid byte 0x{1:X2} at offset {2}. Name the file's encoding with the Encoding option (--encoding).");

    /// <summary>WB005: the file is larger than <c>CorpusOptions.MaxFileBytes</c>.</summary>
    public static readonly DiagnosticDescriptor FileTooLarge =
        new("WB005", DiagnosticSeverity.Error, "file too large", "The file is {0:N0} bytes, over the limit of {1:N0} bytes (CorpusOptions.MaxFileBytes).");

    /// <summary>WB006: a JSONL line is not a JSON object.</summary>
    public static readonly DiagnosticDescriptor MalformedJsonLine =
        new("WB006", DiagnosticSeverity.Error, "malformed JSONL line", "The line is not a JSON object: {0}");

    /// <summary>WB007: a JSONL line lacks a required field or has one of the wrong type.</summary>
    public static readonly DiagnosticDescriptor MissingField =
        new("WB007", DiagnosticSeverity.Error, "missing field", "The line has no usable '{0}' field ({1}).");

    /// <summary>WB008: a file in the folder is of a kind the corpus does not read; it is skipped.</summary>
    public static readonly DiagnosticDescriptor UnsupportedFile =
        new("WB008", DiagnosticSeverity.Info, "unsupported file", "Skipped: '{0}' files are not articles (read: .txt, .html, .htm, .jsonl).");

    /// <summary>WB009: no encoding was named and the bytes are not UTF-8, so a legacy encoding was guessed.</summary>
    public static readonly DiagnosticDescriptor EncodingGuessed =
        new("WB009", DiagnosticSeverity.Warning, "encoding guessed",
            "Not UTF-8; decoded as {0} (guessed). If the text reads wrongly, name the encoding with the Encoding option (--encoding).");

    /// <summary>WB010: an HTML page has no text once script, style and navigation are dropped.</summary>
    public static readonly DiagnosticDescriptor NoMainText =
        new("WB010", DiagnosticSeverity.Error, "no main text", "The page has no article text once scripts, styles and navigation are dropped.");

    /// <summary>WB011: the file could not be read (permissions, I/O error).</summary>
    public static readonly DiagnosticDescriptor ReadFailed =
        new("WB011", DiagnosticSeverity.Error, "read failed", "The file could not be read: {0}");

    /// <summary>WB012: two articles share an id; both are kept.</summary>
    public static readonly DiagnosticDescriptor DuplicateId =
        new("WB012", DiagnosticSeverity.Warning, "duplicate id", "The id '{0}' is already used by {1}; both articles are kept.");

    /// <summary>WB013: cleaning left no body text (everything was chrome); the article is kept with an empty body.</summary>
    public static readonly DiagnosticDescriptor EmptyBody =
        new("WB013", DiagnosticSeverity.Warning, "empty body", "Cleaning left no body text: every line was page chrome ({0} lines removed).");

    /// <summary>WB014: the decoded text looks like mojibake (UTF-8 that was once read as a legacy encoding).</summary>
    public static readonly DiagnosticDescriptor LooksLikeMojibake =
        new("WB014", DiagnosticSeverity.Warning, "mojibake", "The text looks double-encoded (e.g. '{0}'): it was probably saved after being read with the wrong encoding.");

    /// <summary>WB015: a rule in a data file under <c>data/knowledge</c> is invalid and is ignored, or ran past its
    /// time limit on a line and was skipped there.</summary>
    public static readonly DiagnosticDescriptor InvalidRule =
        new("WB015", DiagnosticSeverity.Error, "invalid rule", "The rule is ignored: {0}");

    /// <summary>WB016: a date field could not be read; the published date is left empty rather than guessed.</summary>
    public static readonly DiagnosticDescriptor UnreadableDate =
        new("WB016", DiagnosticSeverity.Warning, "unreadable date", "'{0}' is not a date this loader reads (ISO 8601, e.g. 2023-07-07); published is left empty.");

    /// <summary>WB017: a JSONL line carries no id; one is made from the file name and line number.</summary>
    public static readonly DiagnosticDescriptor MissingId =
        new("WB017", DiagnosticSeverity.Warning, "missing id", "The line has no 'id'; it is called '{0}'.");

    /// <summary>WB018: the folder holds no article files.</summary>
    public static readonly DiagnosticDescriptor NoArticles =
        new("WB018", DiagnosticSeverity.Warning, "no articles", "No .txt, .html, .htm or .jsonl files under '{0}'.");

    /// <summary>WB019: the line is longer than the JSONL line limit; it is skipped.</summary>
    public static readonly DiagnosticDescriptor LineTooLong =
        new("WB019", DiagnosticSeverity.Error, "line too long", "The line is {0:N0} characters, over the limit of {1:N0}.");

    private static readonly Lazy<IReadOnlyList<DiagnosticDescriptor>> s_all = new(() =>
        typeof(DiagnosticCatalog).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Code, StringComparer.Ordinal)
            .ToArray());

    /// <summary>Every descriptor in the catalogue, ordered by code.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All => s_all.Value;
}
