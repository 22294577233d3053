using System.Buffers;

namespace Workbench.Tagging;

/// <summary>
/// The spans of one document while it is tagged, ordered by start, then by length (longest first), in one pooled array
/// that each component merges its spans into: a document's spans are copied into a list of their own once, when the
/// pipeline is done, not once per component.
/// </summary>
/// <remarks>Every component adds its spans in text order, so adding them is one merge from the back, in place; spans
/// that come out of order are sorted first. On a tie (same start and end) the span that was there first stays first,
/// except in <see cref="Replace"/>, which on a tie orders the spans as one sort of the whole list would.
/// Dispose it when the document is done: the array goes back to the pool.</remarks>
internal sealed class SpanList : IDisposable
{
    private static readonly Comparison<Span> s_order = static (a, b) => Compare(a, b);

    private Span[] _items = ArrayPool<Span>.Shared.Rent(64);

    /// <summary>How many spans there are.</summary>
    public int Count { get; private set; }

    /// <summary>Whether any component has added spans (even none): only then does the document get a list of them.</summary>
    public bool Touched { get; private set; }

    /// <summary>The spans, in order. Valid until the next change.</summary>
    public ReadOnlySpan<Span> Items => _items.AsSpan(0, Count);

    /// <summary>Merges <paramref name="run"/> in (it is sorted first, in place, when out of order: the same
    /// introspective sort as <see cref="List{T}.Sort(Comparison{T})"/>).</summary>
    public void Merge(Span<Span> run)
    {
        Touched = true;
        if (!Sorted(run))
        {
            run.Sort(s_order);
        }
        Reserve(Count + run.Length);
        // From the back: the largest of the two tails goes last; on a tie the added span goes after the existing one.
        int i = Count - 1, j = run.Length - 1, to = Count + run.Length - 1;
        while (j >= 0)
        {
            _items[to--] = i >= 0 && Compare(_items[i], run[j]) > 0 ? _items[i--] : run[j--];
        }
        Count += run.Length;
    }

    /// <summary>
    /// Keeps the spans that overlap none of <paramref name="removeOverlapping"/>, adds <paramref name="added"/>, and orders
    /// the whole as one sort of the kept spans followed by the added ones would.
    /// </summary>
    /// <remarks>When no two spans tie (same start and end) there is one order, and a merge finds it; a tie is left to that
    /// sort itself (an introspective sort, which may move tied spans), so the order is the same either way.</remarks>
    public void Replace(ReadOnlySpan<Span> removeOverlapping, ReadOnlySpan<Span> added)
    {
        Touched = true;
        var kept = 0;
        for (var i = 0; i < Count; i++)
        {
            if (!Overlapping(removeOverlapping, _items[i]))
            {
                _items[kept++] = _items[i];
            }
        }
        _items.AsSpan(kept, Count - kept).Clear();
        Count = kept;
        var copy = ArrayPool<Span>.Shared.Rent(Math.Max(added.Length, 1));
        var run = copy.AsSpan(0, added.Length);
        try
        {
            added.CopyTo(run);
            if (!Sorted(run))
            {
                run.Sort(s_order);
            }
            if (!Ties(Items) && !Ties(run) && !TiesAcross(run))
            {
                Merge(run);
                return;
            }
        }
        finally
        {
            run.Clear();
            ArrayPool<Span>.Shared.Return(copy);
        }
        // A tie: the sort itself, of the kept spans and then the added ones, unless they are in order already.
        Reserve(Count + added.Length);
        added.CopyTo(_items.AsSpan(Count));
        Count += added.Length;
        if (!Sorted(Items))
        {
            _items.AsSpan(0, Count).Sort(s_order);
        }
    }

    /// <summary>The index of the first span starting at or after <paramref name="offset"/>.</summary>
    public int IndexAt(int offset)
    {
        int lo = 0, hi = Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_items[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    /// <summary>The spans in a list of exactly their number.</summary>
    public List<Span> ToList()
    {
        // A List, as Document.Spans has always been one at run time (notebooks show the type of queries over it).
        var list = new List<Span>(Count);
        list.AddRange(Items);
        return list;
    }

    public void Dispose()
    {
        if (_items.Length > 0)
        {
            ArrayPool<Span>.Shared.Return(_items, clearArray: true);
            _items = [];
            Count = 0;
        }
    }

    private void Reserve(int count)
    {
        if (count > _items.Length)
        {
            var bigger = ArrayPool<Span>.Shared.Rent(Math.Max(count, 2 * _items.Length));
            Items.CopyTo(bigger);
            ArrayPool<Span>.Shared.Return(_items, clearArray: true);
            _items = bigger;
        }
    }

    private static int Compare(Span a, Span b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End);

    private static bool Sorted(ReadOnlySpan<Span> spans)
    {
        for (var i = 1; i < spans.Length; i++)
        {
            if (Compare(spans[i - 1], spans[i]) > 0)
            {
                return false;
            }
        }
        return true;
    }

    private static bool Ties(ReadOnlySpan<Span> sorted)
    {
        for (var i = 1; i < sorted.Length; i++)
        {
            if (Compare(sorted[i - 1], sorted[i]) == 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a span of <paramref name="sorted"/> ties one of this list (both ordered: one walk).</summary>
    private bool TiesAcross(ReadOnlySpan<Span> sorted)
    {
        var items = Items;
        int i = 0, j = 0;
        while (i < items.Length && j < sorted.Length)
        {
            var c = Compare(items[i], sorted[j]);
            if (c == 0)
            {
                return true;
            }
            if (c < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return false;
    }

    private static bool Overlapping(ReadOnlySpan<Span> spans, Span s)
    {
        foreach (var p in spans)
        {
            if (p.Start < s.End && s.Start < p.End)
            {
                return true;
            }
        }
        return false;
    }
}
