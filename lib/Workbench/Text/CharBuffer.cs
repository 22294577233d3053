using System.Buffers;

namespace Workbench.Text;

/// <summary>A growable character buffer rented from the shared pool: building a string costs one allocation (the
/// string itself) instead of a builder's chunks plus the copy. Return it with <see cref="Dispose"/>.</summary>
internal struct CharBuffer : IDisposable
{
    private char[] _chars;
    private int _length;

    public CharBuffer(int capacity)
    {
        _chars = ArrayPool<char>.Shared.Rent(Math.Max(16, capacity));
        _length = 0;
    }

    public readonly int Length => _length;

    public void Append(char c)
    {
        if (_length == _chars.Length)
        {
            Grow(1);
        }
        _chars[_length++] = c;
    }

    public void Append(ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _chars.Length)
        {
            Grow(text.Length);
        }
        text.CopyTo(_chars.AsSpan(_length));
        _length += text.Length;
    }

    public override readonly string ToString() => new(_chars, 0, _length);

    /// <summary>The characters so far, valid until the next append.</summary>
    public readonly ReadOnlySpan<char> AsSpan() => _chars.AsSpan(0, _length);

    /// <summary>Hands the rented array (holding <paramref name="length"/> characters) to the caller, who returns it to
    /// the pool; the buffer is empty afterwards.</summary>
    public char[] Detach(out int length)
    {
        var chars = _chars;
        length = _length;
        _chars = [];
        _length = 0;
        return chars;
    }

    public void Dispose()
    {
        var chars = _chars;
        _chars = [];
        if (chars.Length > 0)
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private void Grow(int needed)
    {
        var bigger = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, _length + needed));
        _chars.AsSpan(0, _length).CopyTo(bigger);
        ArrayPool<char>.Shared.Return(_chars);
        _chars = bigger;
    }
}
