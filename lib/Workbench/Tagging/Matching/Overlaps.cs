using System.Buffers;

namespace Workbench.Tagging.Matching;

/// <summary>Applies an <see cref="OverlapPolicy"/> to a set of matches.</summary>
internal static class Overlaps
{
    public static List<AliasMatch> Resolve(IEnumerable<AliasMatch> matches, OverlapPolicy policy)
    {
        var all = matches.DistinctBy(m => (m.Start, m.End, m.Entry.Label, m.Entry.Id)).ToList();
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
}
