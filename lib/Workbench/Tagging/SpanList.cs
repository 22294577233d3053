namespace Workbench.Tagging;

/// <summary>Keeps span lists ordered by start, then by length (longest first).</summary>
internal static class SpanList
{
    public static IReadOnlyList<Span> Merge(IReadOnlyList<Span> existing, IEnumerable<Span> added)
    {
        var all = new List<Span>(existing.Count + (added.TryGetNonEnumeratedCount(out var n) ? n : 8));
        all.AddRange(existing);
        all.AddRange(added);
        all.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return all;
    }
}
