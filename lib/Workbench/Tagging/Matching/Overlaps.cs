using System.Buffers;

namespace Workbench.Tagging.Matching;

/// <summary>Applies an <see cref="OverlapPolicy"/> to a set of matches.</summary>
internal static class Overlaps
{
    /// <summary>Settles <paramref name="matches"/>, which come grouped by start as <see cref="AliasMatcher.FindAll"/>
    /// gives them; repeats of a match (same range, label and id) count once.</summary>
    public static List<AliasMatch> Resolve(IEnumerable<AliasMatch> matches, OverlapPolicy policy)
    {
        var all = new List<AliasMatch>();
        foreach (var m in matches)
        {
            if (!Seen(all, m))
            {
                all.Add(m);
            }
        }
        if (policy == OverlapPolicy.KeepAll)
        {
            return all;
        }
        all.Sort(policy == OverlapPolicy.LongestFirst
            ? (a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : a.Start.CompareTo(b.Start)
            : (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var kept = new List<AliasMatch>(all.Count);
        var length = 0;
        foreach (var m in all)
        {
            length = Math.Max(length, m.End);
        }
        // Which characters are taken: a pooled buffer, cleared over the matched range only.
        var taken = ArrayPool<bool>.Shared.Rent(length);
        Array.Clear(taken, 0, length);
        foreach (var m in all)
        {
            if (Array.IndexOf(taken, true, m.Start, m.Length) < 0)
            {
                Array.Fill(taken, true, m.Start, m.Length);
                kept.Add(m);
            }
        }
        ArrayPool<bool>.Shared.Return(taken);
        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }

    /// <summary>Whether a repeat of <paramref name="m"/> is already in <paramref name="all"/>: only the matches with the
    /// same start need looking at, and they are the last ones added.</summary>
    private static bool Seen(List<AliasMatch> all, AliasMatch m)
    {
        for (var j = all.Count - 1; j >= 0 && all[j].Start == m.Start; j--)
        {
            var e = all[j];
            if (e.End == m.End && e.Entry.Label == m.Entry.Label && e.Entry.Id == m.Entry.Id)
            {
                return true;
            }
        }
        return false;
    }
}
