using System.Text;
using Workbench.Knowledge;

namespace Workbench.Tagging.Matching;

/// <summary>
/// A text in the two forms aliases are matched against, both the same length as the original so offsets carry over:
/// <see cref="Folded"/> (no diacritics, lower case) and <see cref="Accented"/> (lower case). In both, full stops and
/// spacing become spaces ("Sen. Lt. Gen." meets "Sen Lt Gen") and dashes one hyphen.
/// </summary>
internal sealed class MatchText
{
    public MatchText(string original)
    {
        Original = original;
        Folded = Map(original, keepAccents: false);
        Accented = Map(original, keepAccents: true);
    }

    public string Original { get; }

    public string Folded { get; }

    public string Accented { get; }

    /// <summary>The match form of an alias: mapped like the text, spaces collapsed, trimmed.</summary>
    public static string Normalize(string alias, bool keepAccents)
    {
        var mapped = Map(alias, keepAccents);
        var sb = new StringBuilder(mapped.Length);
        foreach (var c in mapped)
        {
            if (c != ' ' || (sb.Length > 0 && sb[^1] != ' '))
            {
                sb.Append(c);
            }
        }
        return sb.ToString().Trim();
    }

    private static string Map(string text, bool keepAccents) =>
        string.Create(text.Length, (text, keepAccents), static (span, state) =>
        {
            var (t, keep) = state;
            for (var i = 0; i < t.Length; i++)
            {
                var c = keep ? t[i] : NameFolding.FoldChar(t[i]);
                span[i] = c switch
                {
                    '.' or '\n' or '\t' or '\r' or '\u00A0' => ' ',
                    '–' or '—' or '‐' or '‑' => '-',
                    '’' or '‘' => '\'',
                    _ => char.ToLowerInvariant(c),
                };
            }
        });
}
