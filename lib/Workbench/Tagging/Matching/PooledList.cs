using System.Buffers;

namespace Workbench.Tagging.Matching;

/// <summary>
/// A growable list over arrays rented from <see cref="ArrayPool{T}.Shared"/>, for the per-document scratch data
/// (tokens, alias matches) that lives only while one document is tagged: the arrays go back to the pool on
/// <see cref="Dispose"/> instead of becoming garbage for every article.
/// </summary>
/// <typeparam name="T">An unmanaged-like value type; the pool is not cleared on return.</typeparam>
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
            ArrayPool<T>.Shared.Return(_items);
            _items = bigger;
        }
        _items[Count++] = item;
    }

    public void Dispose()
    {
        if (_items.Length > 0)
        {
            ArrayPool<T>.Shared.Return(_items);
            _items = [];
            Count = 0;
        }
    }
}
