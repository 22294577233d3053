using System.Globalization;
using System.Text;

namespace Workbench.Knowledge;

/// <summary>
/// Folds names for matching: tone marks and other diacritics go, <c>đ</c>/<c>Đ</c> become <c>d</c>/<c>D</c> (they do not
/// decompose under Unicode NFD), so "Phan Văn Giang" and "Phan Van Giang" meet. Display names keep their accents.
/// </summary>
/// <remarks>Every fold maps one UTF-16 character to one, so offsets in folded text are offsets in the original.</remarks>
public static class NameFolding
{
    private static readonly Lazy<char[]> s_table = new(BuildTable);

    /// <summary>Removes diacritics, keeping case and length.</summary>
    /// <param name="text">NFC text.</param>
    /// <returns>The folded text, one character for each character of <paramref name="text"/>.</returns>
    /// <example><c>NameFolding.Fold("Đại tướng Phan Văn Giang")</c> is <c>"Dai tuong Phan Van Giang"</c>.</example>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // The text is the state, not a captured local: no closure and delegate per call.
        return string.Create(text.Length, text, static (span, t) => Fold(t, span));
    }

    /// <summary>Folds <paramref name="text"/> into <paramref name="destination"/> (at least as long), one character for one.</summary>
    internal static void Fold(ReadOnlySpan<char> text, Span<char> destination)
    {
        var table = s_table.Value;
        for (var i = 0; i < text.Length; i++)
        {
            destination[i] = table[text[i]];
        }
    }

    /// <summary>The matching key of a name: folded, lower case, single spaces.</summary>
    /// <param name="name">A name as written.</param>
    /// <returns>The key.</returns>
    /// <example><c>NameFolding.Key("Hoàng  Xuân Chiến")</c> is <c>"hoang xuan chien"</c>.</example>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = Fold(name).ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words);
    }

    private static char[] BuildTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            table[i] = c switch
            {
                'đ' => 'd',
                'Đ' => 'D',
                _ when c < '\u00C0' || (c > '\u024F' && c < '\u1E00') || c > '\u1EFF' => c,
                _ => BaseLetter(c),
            };
        }
        return table;
    }

    private static char BaseLetter(char c)
    {
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        return decomposed.Length > 1 && CharUnicodeInfo.GetUnicodeCategory(decomposed[1]) == UnicodeCategory.NonSpacingMark
            ? decomposed[0]
            : c;
    }
}
