namespace Workbench.Text;

/// <summary>Tells Vietnamese from English by the share of letters only Vietnamese writes (ă â đ ê ô ơ ư and the tone marks).</summary>
/// <remarks>The corpus has two languages; a letter count is exact enough for that and costs one pass. Vietnamese news
/// text carries such letters in most words (well over a tenth of all letters); English quoting a Vietnamese name
/// stays far below the threshold.</remarks>
public static class LanguageGuesser
{
    /// <summary>The share of Vietnamese-only letters above which a text is Vietnamese.</summary>
    public const double VietnameseThreshold = 0.04;

    /// <summary>How many letters are read: enough to decide, and a long text costs no more than a short one.</summary>
    public const int SampleLetters = 2000;

    /// <summary>Guesses the ISO 639-1 code of <paramref name="text"/>: <c>vi</c> or <c>en</c>.</summary>
    /// <param name="text">NFC text.</param>
    /// <returns><c>vi</c> when Vietnamese letters pass <see cref="VietnameseThreshold"/>, else <c>en</c>.</returns>
    /// <example><c>LanguageGuesser.Guess("Đại tướng Phan Văn Giang")</c> is <c>"vi"</c>.</example>
    public static string Guess(ReadOnlySpan<char> text)
    {
        var letters = 0;
        var vietnamese = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }
            letters++;
            if (c > '\u007F' && IsVietnameseLetter(c))
            {
                vietnamese++;
            }
            if (letters == SampleLetters)
            {
                break;
            }
        }
        return letters > 0 && (double)vietnamese / letters >= VietnameseThreshold ? "vi" : "en";
    }

    private static bool IsVietnameseLetter(char c) =>
        c is 'đ' or 'Đ' or 'ă' or 'Ă' or 'ơ' or 'Ơ' or 'ư' or 'Ư' or 'â' or 'Â' or 'ê' or 'Ê' or 'ô' or 'Ô'
        || (c >= '\u1EA0' && c <= '\u1EF9') // Latin Extended Additional: the Vietnamese tone-marked vowels
        || c is 'à' or 'á' or 'ả' or 'ã' or 'è' or 'é' or 'ì' or 'í' or 'ò' or 'ó' or 'õ' or 'ù' or 'ú' or 'ý'
            or 'À' or 'Á' or 'È' or 'É' or 'Ì' or 'Í' or 'Ò' or 'Ó' or 'Õ' or 'Ù' or 'Ú' or 'Ý' or 'ĩ' or 'ũ' or 'Ĩ' or 'Ũ';
}
