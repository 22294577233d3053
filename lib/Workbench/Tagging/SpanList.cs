namespace Workbench.Tagging;

/// <summary>Keeps span lists ordered by start, then by length (longest first).</summary>
internal static class SpanList
{
    private static readonly Comparison<Span> s_order = static (a, b) => Compare(a, b);

    /// <summary>The spans of both lists in order, in an array of exactly their number.</summary>
    /// <remarks>Every component adds its spans in text order, so this is one linear merge, not a sort of the whole
    /// document per component; a list that comes out of order is sorted first. On a tie (same start and end) the span
    /// that was there first stays first.</remarks>
    public static IReadOnlyList<Span> Merge(IReadOnlyList<Span> existing, List<Span> added)
    {
        if (!Sorted(added))
        {
            added.Sort(s_order);
        }
        if (added.Count == 0)
        {
            return existing;
        }
        var all = new Span[existing.Count + added.Count];
        int i = 0, j = 0, k = 0;
        while (i < existing.Count && j < added.Count)
        {
            all[k++] = Compare(added[j], existing[i]) < 0 ? added[j++] : existing[i++];
        }
        while (i < existing.Count)
        {
            all[k++] = existing[i++];
        }
        while (j < added.Count)
        {
            all[k++] = added[j++];
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
