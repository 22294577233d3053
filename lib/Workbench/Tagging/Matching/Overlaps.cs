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
        var kept = new List<AliasMatch>();
        var taken = new bool[all.Count == 0 ? 0 : all.Max(m => m.End)];
        foreach (var m in all)
        {
            if (Array.IndexOf(taken, true, m.Start, m.Length) < 0)
            {
                Array.Fill(taken, true, m.Start, m.Length);
                kept.Add(m);
            }
        }
        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }
}
