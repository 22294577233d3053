using System.Buffers;

namespace Workbench.Tagging.Matching;

/// <summary>Applies an <see cref="OverlapPolicy"/> to a set of matches.</summary>
internal static class Overlaps
{
    private static readonly Comparison<Key> s_longestFirst =
        static (a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : a.Start.CompareTo(b.Start);

    private static readonly Comparison<Key> s_firstWins =
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
        // The same introspective sort List.Sort runs, so equal keys keep the order they always had; it sorts keys of
        // the matches (no reference in them, so no write barrier on every move), and the comparisons, and so the
        // order, are the same as over the matches.
        var rented = ArrayPool<Key>.Shared.Rent(all.Count);
        var keys = rented.AsSpan(0, all.Count);
        var to = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = new Key(all[i].Length, all[i].Start, i);
            to = Math.Max(to, all[i].End);
        }
        keys.Sort(policy == OverlapPolicy.LongestFirst ? s_longestFirst : s_firstWins);
        // Which characters are taken: a buffer of this thread's that is all false between calls, so only the ranges
        // kept are cleared afterwards (clearing the matched range of the body on every call was most of this method).
        var taken = Taken(to);
        var chosen = ArrayPool<bool>.Shared.Rent(keys.Length);
        Array.Clear(chosen, 0, keys.Length);
        foreach (var k in keys)
        {
            var range = taken.AsSpan(k.Start, k.Length);
            if (!range.Contains(true))
            {
                range.Fill(true);
                chosen[k.Index] = true;
            }
        }
        var kept = new PooledList<AliasMatch>(all.Count);
        var ordered = true;
        for (var i = 0; i < keys.Length; i++)
        {
            if (chosen[i])
            {
                ordered &= kept.Count == 0 || kept[kept.Count - 1].Start < all[i].Start;
                kept.Add(all[i]);
                taken.AsSpan(all[i].Start, all[i].Length).Clear();
            }
        }
        if (!ordered)
        {
            // Matches that did not come by start. Kept matches never overlap, so no two share a start: sorting them by
            // start gives one order, whatever order they were gathered in.
            kept.WritableSpan.Sort(s_byStart);
        }
        ArrayPool<bool>.Shared.Return(chosen);
        ArrayPool<Key>.Shared.Return(rented);
        all.Dispose();
        return kept;
    }

    /// <summary>A match to sort by: its length and start, and where it is in the list.</summary>
    private readonly record struct Key(int Length, int Start, int Index);

    [ThreadStatic]
    private static bool[]? t_taken;

    /// <summary>This thread's taken-characters buffer, all false, at least <paramref name="length"/> long.</summary>
    private static bool[] Taken(int length)
    {
        if (t_taken is not { } taken || taken.Length < length)
        {
            t_taken = taken = new bool[Math.Max(length, 2 * (t_taken?.Length ?? 2048))];
        }
        return taken;
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
