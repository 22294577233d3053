using System.Text;
using Workbench.Diagnostics;

namespace Workbench.Text;

/// <summary>The outcome of decoding a file's bytes: the text and the encoding used, or the reason there is no text.</summary>
/// <param name="Text">The decoded text, or <see langword="null"/> when the bytes could not be decoded.</param>
/// <param name="EncodingName">The encoding used (<c>utf-8</c>, <c>utf-16LE</c>, <c>windows-1258</c> …), or the one that failed.</param>
/// <param name="Problems">Why there is no text (an error), or what was guessed (a warning).</param>
public sealed record DecodedText(string? Text, string EncodingName, IReadOnlyList<Diagnostic> Problems);

/// <summary>
/// Decodes bytes to text without ever producing mojibake silently: a byte-order mark decides first, then a named
/// encoding, then strict UTF-8; only text that is not UTF-8 at all is decoded with a guessed legacy code page
/// (Windows-1258 for Vietnamese, else what the charset detector finds, else Windows-1252), and the guess is reported.
/// Bytes that do not decode strictly are reported (WB004), with their offset, instead of being replaced.
/// </summary>
public static partial class TextDecoder
{
    private static readonly Encoding s_utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>A strict encoding (invalid bytes throw) for a name or code page: <c>utf-8</c>, <c>windows-1252</c>,
    /// <c>windows-1258</c>, <c>1258</c> …, including the Windows code pages .NET does not enable by default.</summary>
    /// <param name="name">The encoding's web name or code page number.</param>
    /// <returns>The encoding.</returns>
    /// <exception cref="ArgumentException">No encoding has that name.</exception>
    public static Encoding GetEncoding(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var fallback = DecoderFallback.ExceptionFallback;
        if (int.TryParse(name, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var cp))
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(cp, EncoderFallback.ExceptionFallback, fallback)
                ?? Encoding.GetEncoding(cp, EncoderFallback.ExceptionFallback, fallback);
        }
        var alias = name.Trim().ToLowerInvariant() switch
        {
            "utf8" => "utf-8",
            "latin1" or "iso-8859-1" => "windows-1252", // what browsers do: 1252 is a superset of Latin-1's printables
            "cp1252" => "windows-1252",
            "cp1258" => "windows-1258",
            var n => n,
        };
        return CodePagesEncodingProvider.Instance.GetEncoding(alias, EncoderFallback.ExceptionFallback, fallback)
            ?? Encoding.GetEncoding(alias, EncoderFallback.ExceptionFallback, fallback);
    }

    /// <summary>Decodes <paramref name="bytes"/>.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="named">The encoding the caller says the file is in, or <see langword="null"/> to detect it.
    /// A byte-order mark still wins over it.</param>
    /// <param name="file">The file, for diagnostics.</param>
    /// <returns>The text, or the problems that kept it from being decoded.</returns>
    /// <example><c>TextDecoder.Decode(File.ReadAllBytes(path), null, path).Text</c></example>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, Encoding? named, string? file)
    {
        if (bytes.IsEmpty)
        {
            return Fail("none", DiagnosticCatalog.EmptyFile.Create(file, null));
        }
        if (Bom(bytes) is { } bom)
        {
            return Strict(bytes[bom.Length..], bom.Encoding, file, guessed: false);
        }
        if (LooksBinary(bytes, out var why))
        {
            return Fail("none", DiagnosticCatalog.BinaryFile.Create(file, null, why));
        }
        if (named is not null)
        {
            return Strict(bytes, WithExceptionFallback(named), file, guessed: false);
        }
        var utf8 = Utf8Check(bytes);
        if (utf8.Valid)
        {
            return new DecodedText(s_utf8.GetString(bytes), "utf-8", []);
        }
        if (utf8.MultiByteSequences > utf8.InvalidBytes)
        {
            // Mostly UTF-8 with some broken bytes: guessing a legacy code page would turn every accent into mojibake.
            return Fail("utf-8", DiagnosticCatalog.Undecodable.Create(file, null, "utf-8", bytes[utf8.FirstInvalid], utf8.FirstInvalid));
        }
        return Strict(bytes, GetEncoding(GuessLegacy(bytes)), file, guessed: true);
    }

    private static DecodedText Strict(ReadOnlySpan<byte> bytes, Encoding encoding, string? file, bool guessed)
    {
        var name = encoding.WebName;
        try
        {
            var text = encoding.GetString(bytes);
            var problems = guessed ? new[] { DiagnosticCatalog.EncodingGuessed.Create(file, null, name) } : [];
            return new DecodedText(text, name, problems);
        }
        catch (DecoderFallbackException e)
        {
            var bad = e.BytesUnknown is { Length: > 0 } b ? b[0] : (byte)0;
            return Fail(name, DiagnosticCatalog.Undecodable.Create(file, null, name, bad, Math.Max(0, e.Index)));
        }
    }

    private static DecodedText Fail(string encoding, Diagnostic problem) => new(null, encoding, [problem]);

    private static Encoding WithExceptionFallback(Encoding e) =>
        e.DecoderFallback is DecoderExceptionFallback ? e : GetEncoding(e.CodePage.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static (int Length, Encoding Encoding)? Bom(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (3, s_utf8);
        }
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return (4, new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true));
        }
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (2, new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true));
        }
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (2, new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true));
        }
        return null;
    }

    private static bool LooksBinary(ReadOnlySpan<byte> bytes, out string why)
    {
        var sample = bytes[..Math.Min(bytes.Length, 64 * 1024)];
        var nul = sample.IndexOf((byte)0);
        if (nul >= 0)
        {
            why = $"a NUL byte at offset {nul}";
            return true;
        }
        var control = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C or 0x1A))
            {
                control++;
            }
        }
        why = $"{control} control bytes in the first {sample.Length:N0}";
        return control > 8 && control * 20 > sample.Length;
    }

    private readonly record struct Utf8Result(bool Valid, int MultiByteSequences, int InvalidBytes, int FirstInvalid);

    private static Utf8Result Utf8Check(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return new Utf8Result(true, 0, 0, -1);
        }
        int multi = 0, invalid = 0, first = -1;
        var i = 0;
        while (i < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                if (consumed > 1)
                {
                    multi++;
                }
            }
            else
            {
                invalid++;
                if (first < 0)
                {
                    first = i;
                }
            }
            i += Math.Max(1, consumed);
        }
        return new Utf8Result(false, multi, invalid, first);
    }
}
