using System.Collections;

namespace Workbench.Corpus;

/// <summary>A read-only list whose items are made when read, from their index: the inner list of a
/// <see cref="System.Collections.ObjectModel.ReadOnlyCollection{T}"/> that stores its items some compact way.</summary>
/// <remarks>Wrapped in a <c>ReadOnlyCollection</c> rather than exposed itself because notebook display shows a
/// <c>ReadOnlyCollection</c> like a list (items and "… (N more)"), where a list type of its own is shown as an object
/// with a <c>Count</c> property and its values below.</remarks>
internal sealed class IndexedList<T>(int count, Func<int, T> at) : IList<T>
{
    public int Count => count;

    public bool IsReadOnly => true;

    public T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, count);
            return at(index);
        }
        set => throw ReadOnly();
    }

    public int IndexOf(T item)
    {
        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < count; i++)
        {
            if (comparer.Equals(at(i), item))
            {
                return i;
            }
        }
        return -1;
    }

    public bool Contains(T item) => IndexOf(item) >= 0;

    public void CopyTo(T[] array, int arrayIndex)
    {
        ArgumentNullException.ThrowIfNull(array);
        for (var i = 0; i < count; i++)
        {
            array[arrayIndex + i] = at(i);
        }
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
        {
            yield return at(i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public void Add(T item) => throw ReadOnly();

    public void Clear() => throw ReadOnly();

    public void Insert(int index, T item) => throw ReadOnly();

    public bool Remove(T item) => throw ReadOnly();

    public void RemoveAt(int index) => throw ReadOnly();

    private static NotSupportedException ReadOnly() => new("The list is read-only.");
}
