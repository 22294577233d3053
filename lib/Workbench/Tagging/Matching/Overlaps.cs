using System.Buffers;

namespace Workbench.Tagging.Matching;

/// <summary>Applies an <see cref="OverlapPolicy"/> to a set of matches.</summary>
internal static class Overlaps
{
    private static readonly Comparison<AliasMatch> s_longestFirst =
        static (a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : a.Start.CompareTo(b.Start);

    private static readonly Comparison<AliasMatch> s_firstWins =
        static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length);

    private static readonly Comparison<AliasMatch> s_byStart = static (a, b) => a.Start.CompareTo(b.Start);

    /// <summary>Settles the matches <paramref name="include"/> accepts, which come grouped by start as
    /// <see cref="AliasMatcher.FindAll"/> gives them; repeats of a match (same range, label and id) count once.</summary>
    /// <returns>The kept matches ordered by start, in a pooled list the caller disposes.</returns>
    public static PooledList<AliasMatch> Resolve(ReadOnlySpan<AliasMatch> matches, Func<AliasMatch, bool> include, OverlapPolicy policy)
    {
        var all = new PooledList<AliasMatch>(matches.Length);
        foreach (var m in matches)
        {
            if (include(m) && !Seen(all.Span, m))
            {
                all.Add(m);
            }
        }
        if (policy == OverlapPolicy.KeepAll || all.Count == 0)
        {
            return all;
        }
        // The same introspective sort List.Sort runs, so equal keys keep the order they always had.
        all.WritableSpan.Sort(policy == OverlapPolicy.LongestFirst ? s_longestFirst : s_firstWins);
        var kept = new PooledList<AliasMatch>(all.Count);
        // Which characters are taken: a pooled buffer over the matched range only (from the first match's start, not
        // from the start of the body: clearing a whole body per call was most of this method's time).
        var (from, to) = (int.MaxValue, 0);
        foreach (var m in all.Span)
        {
            (from, to) = (Math.Min(from, m.Start), Math.Max(to, m.End));
        }
        var rented = ArrayPool<bool>.Shared.Rent(to - from);
        var taken = rented.AsSpan(0, to - from);
        taken.Clear();
        foreach (var m in all.Span)
        {
            var range = taken.Slice(m.Start - from, m.Length);
            if (!range.Contains(true))
            {
                range.Fill(true);
                kept.Add(m);
            }
        }
        ArrayPool<bool>.Shared.Return(rented);
        all.Dispose();
        kept.WritableSpan.Sort(s_byStart);
        return kept;
    }

    /// <summary>Whether a repeat of <paramref name="m"/> is already in <paramref name="all"/>: only the matches with the
    /// same start need looking at, and they are the last ones added.</summary>
    private static bool Seen(ReadOnlySpan<AliasMatch> all, AliasMatch m)
    {
        for (var j = all.Length - 1; j >= 0 && all[j].Start == m.Start; j--)
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
