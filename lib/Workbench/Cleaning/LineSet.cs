using System.Buffers;

namespace Workbench.Cleaning;

/// <summary>
/// A set of lines of one text, each given as its range, that tells a repeated line the way a set of strings compared
/// with <see cref="StringComparison.OrdinalIgnoreCase"/> would, without making a string of any line.
/// </summary>
/// <remarks>
/// <para>Open addressing over an array rented from the shared pool and given back on <see cref="Dispose"/>: the cleaner
/// makes two of these per article, and a hash set of its own grew and dropped its arrays every time.</para>
/// <para>The hash reads a line's length and its ASCII characters, upper-cased, and nothing else. That is enough to be
/// exact: case never changes a line's length, and under ordinal case-insensitive comparison no character outside ASCII
/// equals one inside it (a test checks this against the runtime), so lines that compare equal hash equal. It also
/// spares the case mapping of every Vietnamese letter that the runtime's case-insensitive hash does.</para>
/// </remarks>
internal sealed class LineSet(ReadOnlyMemory<char> text) : IDisposable
{
    private Slot[] _slots = Rent(32);
    private int _mask = 31;
    private int _count;

    /// <summary>Adds the line [<paramref name="start"/>, <paramref name="end"/>) of the text.</summary>
    /// <returns>Whether the line was new: false when an equal line (ignoring case) was added before.</returns>
    public bool Add(int start, int end)
    {
        var all = text.Span;
        var line = all[start..end];
        var hash = Hash(line);
        for (var i = hash & _mask; ; i = (i + 1) & _mask)
        {
            ref var slot = ref _slots[i];
            if (!slot.Used)
            {
                slot = new Slot(start, end, hash, Used: true);
                if (++_count * 2 > _mask)
                {
                    Grow();
                }
                return true;
            }
            if (slot.Hash == hash && line.Equals(all[slot.Start..slot.End], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
    }

    /// <summary>The hash of a line: its length and the ASCII characters, upper-cased, of its first
    /// <see cref="HeadChars"/> and last <see cref="TailChars"/> characters (see the remarks on the class). Lines that
    /// compare equal have the same length, so these are the same positions in both; two lines that differ only in
    /// between hash alike and are told apart by the comparison.</summary>
    internal static int Hash(ReadOnlySpan<char> line)
    {
        var h = 2166136261u ^ (uint)line.Length;
        if (line.Length > HeadChars + TailChars)
        {
            h = Mix(h, line[..HeadChars]);
            line = line[^TailChars..];
        }
        h = Mix(h, line);
        // Spread the bits: the table indexes by the low ones.
        h ^= h >> 16;
        h *= 0x85EBCA6Bu;
        h ^= h >> 13;
        h *= 0xC2B2AE35u;
        h ^= h >> 16;
        return (int)(h & int.MaxValue);
    }

    // A body line runs to hundreds of characters; these many at each end tell lines apart as well as all of them do.
    private const int HeadChars = 48;
    private const int TailChars = 16;

    private static uint Mix(uint h, ReadOnlySpan<char> chars)
    {
        foreach (var c in chars)
        {
            if (c < 0x80)
            {
                h = (h ^ ((uint)(c - 'a') <= 'z' - 'a' ? c - 0x20u : c)) * 16777619u;
            }
        }
        return h;
    }

    private void Grow()
    {
        var old = _slots.AsSpan(0, _mask + 1);
        var slots = Rent(old.Length * 2);
        var mask = old.Length * 2 - 1;
        foreach (var slot in old)
        {
            if (slot.Used)
            {
                var i = slot.Hash & mask;
                while (slots[i].Used)
                {
                    i = (i + 1) & mask;
                }
                slots[i] = slot;
            }
        }
        ArrayPool<Slot>.Shared.Return(_slots);
        (_slots, _mask) = (slots, mask);
    }

    private static Slot[] Rent(int size)
    {
        var slots = ArrayPool<Slot>.Shared.Rent(size);
        slots.AsSpan(0, size).Clear();
        return slots;
    }

    /// <summary>Gives the table back to the pool; the set must not be used afterwards.</summary>
    public void Dispose()
    {
        ArrayPool<Slot>.Shared.Return(_slots);
        _slots = [];
    }

    private readonly record struct Slot(int Start, int End, int Hash, bool Used);
}
