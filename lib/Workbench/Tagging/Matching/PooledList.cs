using System.Buffers;
using System.Runtime.CompilerServices;

namespace Workbench.Tagging.Matching;

/// <summary>
/// A growable list over arrays rented from <see cref="ArrayPool{T}.Shared"/>, for the per-document scratch data
/// (tokens, alias matches) that lives only while one document is tagged: the arrays go back to the pool on
/// <see cref="Dispose"/> instead of becoming garbage for every article.
/// </summary>
/// <typeparam name="T">A value type; what of it holds references is cleared before it goes back to the pool.</typeparam>
internal sealed class PooledList<T>(int capacity) : IDisposable
    where T : struct
{
    private T[] _items = ArrayPool<T>.Shared.Rent(Math.Max(capacity, 16));

    public int Count { get; private set; }

    public ReadOnlySpan<T> Span => _items.AsSpan(0, Count);

    public Span<T> WritableSpan => _items.AsSpan(0, Count);

    public T this[int index] => _items[index];

    public void Add(T item)
    {
        if (Count == _items.Length)
        {
            var bigger = ArrayPool<T>.Shared.Rent(_items.Length * 2);
            _items.AsSpan(0, Count).CopyTo(bigger);
            Return(_items, Count);
            _items = bigger;
        }
        _items[Count++] = item;
    }

    /// <summary>Empties the list, keeping its array.</summary>
    public void Clear()
    {
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            _items.AsSpan(0, Count).Clear();
        }
        Count = 0;
    }

    public void Dispose()
    {
        if (_items.Length > 0)
        {
            Return(_items, Count);
            _items = [];
            Count = 0;
        }
    }

    private static void Return(T[] items, int count)
    {
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            items.AsSpan(0, count).Clear();
        }
        ArrayPool<T>.Shared.Return(items);
    }
}
