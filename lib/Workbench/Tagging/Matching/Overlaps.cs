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
        var to = 0;
        foreach (var m in all.Span)
        {
            to = Math.Max(to, m.End);
        }
        // Which characters are taken: a buffer of this thread's that is all false between calls, so only the ranges
        // kept are cleared afterwards (clearing the matched range of the body on every call was most of this method).
        var taken = Taken(to);
        foreach (var m in all.Span)
        {
            var range = taken.AsSpan(m.Start, m.Length);
            if (!range.Contains(true))
            {
                range.Fill(true);
                kept.Add(m);
            }
        }
        foreach (var m in kept.Span)
        {
            taken.AsSpan(m.Start, m.Length).Clear();
        }
        all.Dispose();
        kept.WritableSpan.Sort(s_byStart);
        return kept;
    }

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
