namespace Workbench.Text;

/// <summary>Guessing the legacy code page of bytes that are not UTF-8.</summary>
public static partial class TextDecoder
{
    /// <summary>Names the likeliest legacy code page: Windows-1258 when its combining tone marks follow vowels,
    /// otherwise what the charset detector reports (mapped onto a Windows code page), otherwise Windows-1252.</summary>
    internal static string GuessLegacy(ReadOnlySpan<byte> bytes)
    {
        int high = 0, vietnamese = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                continue;
            }
            high++;
            var prev = i > 0 ? bytes[i - 1] : (byte)0;
            // 0xCC 0xEC 0xD2 0xDE 0xF2: Windows-1258's combining grave, acute, hook, tilde, dot below.
            if (b is 0xCC or 0xEC or 0xD2 or 0xDE or 0xF2 && IsVowel1258(prev))
            {
                vietnamese++;
            }
            // đ Đ ơ Ơ ư Ư ă Ă between ASCII letters.
            else if (b is 0xF0 or 0xD0 or 0xF5 or 0xD5 or 0xFD or 0xDD or 0xE3 or 0xC3 && IsAsciiLetter(prev) | (i + 1 < bytes.Length && IsAsciiLetter(bytes[i + 1])))
            {
                vietnamese++;
            }
        }
        if (vietnamese >= 2 && vietnamese * 4 >= high)
        {
            return "windows-1258";
        }
        var detected = UtfUnknown.CharsetDetector.DetectFromBytes(bytes.ToArray()).Detected;
        var name = detected?.EncodingName?.ToLowerInvariant();
        return name switch
        {
            null or "ascii" or "iso-8859-1" or "utf-8" => "windows-1252",
            _ when name.StartsWith("windows-", StringComparison.Ordinal) && IsAvailable(name) => name,
            _ when IsAvailable(name) && detected!.Confidence >= 0.5f => name,
            _ => "windows-1252",
        };
    }

    private static bool IsAvailable(string name)
    {
        try
        {
            _ = GetEncoding(name);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (NotSupportedException)
        {
            return false;
        }
    }

    private static bool IsAsciiLetter(byte b) => b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z';

    private static bool IsVowel1258(byte b) =>
        b is (byte)'a' or (byte)'e' or (byte)'i' or (byte)'o' or (byte)'u' or (byte)'y'
            or (byte)'A' or (byte)'E' or (byte)'I' or (byte)'O' or (byte)'U' or (byte)'Y'
            or 0xE2 or 0xE3 or 0xEA or 0xF4 or 0xF5 or 0xFD or 0xC2 or 0xC3 or 0xCA or 0xD4 or 0xD5 or 0xDD;
}
