using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using Workbench.Knowledge;

namespace Workbench.Tagging.Components;

/// <summary>
/// The first span (in span order: the longest) starting at each offset of the body, dates left out: what title chains
/// and names are read against. A table with one slot per character of the body, rented from the pool, so a look-up is
/// one array read and building it allocates nothing (a dictionary of the spans was a tenth of the tag stage's garbage).
/// </summary>
/// <remarks>It indexes the spans as they are when it is made (a copy): spans added later are not in it.</remarks>
internal sealed class SpanStarts : IDisposable
{
    private readonly Span[] _spans;
    private readonly int _count;
    private readonly int _length;
    private int[] _slots;

    public SpanStarts(ReadOnlySpan<Span> spans, int bodyLength)
    {
        _spans = ArrayPool<Span>.Shared.Rent(Math.Max(spans.Length, 1));
        _length = bodyLength + 1;
        _slots = ArrayPool<int>.Shared.Rent(_length);
        _slots.AsSpan(0, _length).Clear();
        foreach (var s in spans)
        {
            // Slot 0 is "none": a slot holds the index of its span plus one. Spans come by start, longest first.
            if (s.Label != KnowledgeLabels.Date && (uint)s.Start < (uint)_length && _slots[s.Start] == 0)
            {
                _spans[_count] = s;
                _slots[s.Start] = ++_count;
            }
        }
    }

    /// <summary>The spans, in order.</summary>
    public ReadOnlySpan<Span> Spans => _spans.AsSpan(0, _count);

    public bool ContainsKey(int key) => TryGetValue(key, out _);

    public bool TryGetValue(int key, [MaybeNullWhen(false)] out Span value)
    {
        if ((uint)key < (uint)_length && _slots.Length > 0 && _slots[key] is var slot and not 0)
        {
            value = _spans[slot - 1];
            return true;
        }
        value = default;
        return false;
    }

    public void Dispose()
    {
        if (_slots.Length > 0)
        {
            ArrayPool<int>.Shared.Return(_slots);
            _spans.AsSpan(0, _count).Clear();
            ArrayPool<Span>.Shared.Return(_spans);
            _slots = [];
        }
    }
}
