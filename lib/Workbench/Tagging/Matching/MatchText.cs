using System.Text;

namespace Workbench.Tagging.Matching;

/// <summary>
/// A text in the form aliases are matched against, the same length as the original so offsets carry over:
/// <see cref="Lowered"/> is lower case with full stops and spacing as spaces ("Sen. Lt. Gen." meets "Sen Lt Gen")
/// and every dash one hyphen.
/// </summary>
internal sealed class MatchText
{
    public MatchText(string original)
    {
        Original = original;
        Lowered = Map(original);
    }

    public string Original { get; }

    public string Lowered { get; }

    /// <summary>The match form of an alias: mapped like the text, spaces collapsed, trimmed.</summary>
    public static string Normalize(string alias)
    {
        var mapped = Map(alias);
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

    private static string Map(string text) =>
        string.Create(text.Length, text, static (span, t) =>
        {
            for (var i = 0; i < t.Length; i++)
            {
                var c = t[i];
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
