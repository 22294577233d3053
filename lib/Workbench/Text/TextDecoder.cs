using System.Buffers;
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
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, Encoding? named, string? file) =>
        Decode(bytes, named, file, pooled: false, out _, out _);

    /// <summary>Decodes like <see cref="Decode(ReadOnlySpan{byte}, Encoding?, string?)"/>, but into a pooled array
    /// instead of a string (the returned <see cref="DecodedText.Text"/> is then <see langword="null"/> even on success):
    /// the loader only reads the text on its way to the normalised copy, so the string would be garbage.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="named">The encoding the caller names, or <see langword="null"/> to detect it.</param>
    /// <param name="file">The file, for diagnostics.</param>
    /// <param name="rented">The pooled array holding the text, for the caller to return, or <see langword="null"/>
    /// when nothing was decoded.</param>
    /// <param name="text">The decoded text, inside <paramref name="rented"/>.</param>
    internal static DecodedText DecodePooled(ReadOnlySpan<byte> bytes, Encoding? named, string? file, out char[]? rented, out ReadOnlyMemory<char> text) =>
        Decode(bytes, named, file, pooled: true, out rented, out text);

    private static DecodedText Decode(ReadOnlySpan<byte> bytes, Encoding? named, string? file, bool pooled, out char[]? rented, out ReadOnlyMemory<char> text)
    {
        rented = null;
        text = default;
        if (bytes.IsEmpty)
        {
            return Fail("none", DiagnosticCatalog.EmptyFile.Create(file, null));
        }
        if (Bom(bytes) is { } bom)
        {
            return Strict(bytes[bom.Length..], bom.Encoding, file, guessed: false, pooled, out rented, out text);
        }
        if (LooksBinary(bytes, out var why))
        {
            return Fail("none", DiagnosticCatalog.BinaryFile.Create(file, null, why));
        }
        if (named is not null)
        {
            return Strict(bytes, WithExceptionFallback(named), file, guessed: false, pooled, out rented, out text);
        }
        if (pooled && Utf8Pooled(bytes, out rented, out text))
        {
            return new DecodedText(null, "utf-8", []);
        }
        var utf8 = Utf8Check(bytes);
        if (utf8.Valid)
        {
            // Only when a string was asked for: valid UTF-8 was decoded into the pool above.
            return new DecodedText(s_utf8.GetString(bytes), "utf-8", []);
        }
        if (utf8.MultiByteSequences > utf8.InvalidBytes)
        {
            // Mostly UTF-8 with some broken bytes: guessing a legacy code page would turn every accent into mojibake.
            return Fail("utf-8", DiagnosticCatalog.Undecodable.Create(file, null, "utf-8", bytes[utf8.FirstInvalid], utf8.FirstInvalid));
        }
        return Strict(bytes, GetEncoding(GuessLegacy(bytes)), file, guessed: true, pooled, out rented, out text);
    }

    private static DecodedText Strict(ReadOnlySpan<byte> bytes, Encoding encoding, string? file, bool guessed, bool pooled, out char[]? rented, out ReadOnlyMemory<char> text)
    {
        var name = encoding.WebName;
        rented = null;
        text = default;
        try
        {
            string? decoded = null;
            if (pooled)
            {
                Pooled(bytes, encoding, out rented, out text);
            }
            else
            {
                decoded = encoding.GetString(bytes);
            }
            var problems = guessed ? new[] { DiagnosticCatalog.EncodingGuessed.Create(file, null, name) } : [];
            return new DecodedText(decoded, name, problems);
        }
        catch (DecoderFallbackException e)
        {
            var bad = e.BytesUnknown is { Length: > 0 } b ? b[0] : (byte)0;
            return Fail(name, DiagnosticCatalog.Undecodable.Create(file, null, name, bad, Math.Max(0, e.Index)));
        }
    }

    /// <summary>Decodes into a pooled array.</summary>
    private static void Pooled(ReadOnlySpan<byte> bytes, Encoding encoding, out char[]? rented, out ReadOnlyMemory<char> text)
    {
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, encoding.GetCharCount(bytes)));
        try
        {
            text = chars.AsMemory(0, encoding.GetChars(bytes, chars));
        }
        catch
        {
            ArrayPool<char>.Shared.Return(chars);
            throw;
        }
        rented = chars;
    }

    /// <summary>Decodes valid UTF-8 into a pooled array in one pass (validating, counting and decoding apart read the
    /// bytes three times); false, with nothing rented, when the bytes are not valid UTF-8.</summary>
    private static bool Utf8Pooled(ReadOnlySpan<byte> bytes, out char[]? rented, out ReadOnlyMemory<char> text)
    {
        // UTF-8 never takes fewer bytes than UTF-16 takes chars.
        var chars = ArrayPool<char>.Shared.Rent(bytes.Length);
        if (System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done)
        {
            (rented, text) = (chars, chars.AsMemory(0, written));
            return true;
        }
        ArrayPool<char>.Shared.Return(chars);
        (rented, text) = (null, default);
        return false;
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
        why = string.Empty;
        var nul = sample.IndexOf((byte)0);
        if (nul >= 0)
        {
            why = $"a NUL byte at offset {nul}";
            return true;
        }
        var first = sample.IndexOfAnyExcept(s_textBytes);
        if (first < 0)
        {
            return false; // the usual case, found in one vectorised pass
        }
        var control = 0;
        foreach (var b in sample[first..])
        {
            if (!s_textBytes.Contains(b))
            {
                control++;
            }
        }
        if (control > 8 && control * 20 > sample.Length)
        {
            why = $"{control} control bytes in the first {sample.Length:N0}";
            return true;
        }
        return false;
    }

    /// <summary>Bytes text may hold: all but the C0 controls other than tab, line feed, form feed, carriage return and
    /// the DOS end-of-file mark.</summary>
    private static readonly SearchValues<byte> s_textBytes =
        SearchValues.Create([(byte)'\t', (byte)'\n', 0x0C, (byte)'\r', 0x1A, .. Enumerable.Range(0x20, 0x100 - 0x20).Select(b => (byte)b)]);

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
