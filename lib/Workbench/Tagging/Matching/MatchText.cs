using System.Text;

namespace Workbench.Tagging.Matching;

/// <summary>
/// The form aliases are matched in, one character for one so offsets carry over: lower case, full stops and spacing as
/// spaces ("Sen. Lt. Gen." meets "Sen Lt Gen"), every dash one hyphen, curly apostrophes straight.
/// </summary>
/// <remarks>The mapping is a table over every UTF-16 character, read character by character while the trie is walked:
/// no lowered copy of each body is made, and no culture lookup runs per character.</remarks>
internal static class MatchText
{
    private static readonly char[] s_table = BuildTable();

    /// <summary>The match form of one character.</summary>
    public static char Map(char c) => s_table[c];

    /// <summary>The match form of an alias: mapped like the text, spaces collapsed, trimmed.</summary>
    public static string Normalize(string alias)
    {
        var sb = new StringBuilder(alias.Length);
        foreach (var ch in alias)
        {
            var c = Map(ch);
            if (c != ' ' || (sb.Length > 0 && sb[^1] != ' '))
            {
                sb.Append(c);
            }
        }
        return sb.ToString().Trim();
    }

    private static char[] BuildTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            table[i] = c switch
            {
                '.' or '\n' or '\t' or '\r' or '\u00A0' => ' ',
                '–' or '—' or '‐' or '‑' => '-',
                '’' or '‘' => '\'',
                _ => char.ToLowerInvariant(c),
            };
        }
        return table;
    }
}
