namespace Workbench.Tagging;

/// <summary>Keeps span lists ordered by start, then by length (longest first).</summary>
internal static class SpanList
{
    private static readonly Comparison<Span> s_order = static (a, b) => Compare(a, b);

    /// <summary>The spans of both lists in order, in a list of exactly their number.</summary>
    /// <remarks>Every component adds its spans in text order, so this is one linear merge, not a sort of the whole
    /// document per component; a list that comes out of order is sorted first. <paramref name="added"/> is handed over:
    /// it may be the result. On a tie (same start and end) the span
    /// that was there first stays first.</remarks>
    public static IReadOnlyList<Span> Merge(IReadOnlyList<Span> existing, List<Span> added)
    {
        if (!Sorted(added))
        {
            added.Sort(s_order);
        }
        if (added.Count == 0 && existing is List<Span>)
        {
            return existing;
        }
        if (existing.Count == 0 && added.Count == added.Capacity)
        {
            // Nothing to merge into and no slack to trim: the list itself (the caller hands it over), not a copy.
            return added;
        }
        // A List, as Document.Spans has always been one at run time (notebooks show the type of queries over it).
        var all = new List<Span>(existing.Count + added.Count);
        int i = 0, j = 0;
        while (i < existing.Count && j < added.Count)
        {
            all.Add(Compare(added[j], existing[i]) < 0 ? added[j++] : existing[i++]);
        }
        while (i < existing.Count)
        {
            all.Add(existing[i++]);
        }
        while (j < added.Count)
        {
            all.Add(added[j++]);
        }
        return all;
    }

    private static int Compare(Span a, Span b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End);

    private static bool Sorted(List<Span> spans)
    {
        for (var i = 1; i < spans.Count; i++)
        {
            if (Compare(spans[i - 1], spans[i]) > 0)
            {
                return false;
            }
        }
        return true;
    }
}
