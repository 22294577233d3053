using System.Buffers;

namespace Workbench.Corpus.Reading;

/// <summary>Reads a whole file into a buffer rented from the shared pool: the bytes only live until they are decoded,
/// so a fresh array per file (a corpus's worth of garbage) buys nothing.</summary>
/// <remarks>Reads like <see cref="File.ReadAllBytes"/>: the length is taken once from the open handle and exactly that
/// many bytes are read (a file that shrinks meanwhile is an <see cref="EndOfStreamException"/>, an
/// <see cref="IOException"/>); files that report no length (pseudo-files) and files too large for one array go to
/// <see cref="File.ReadAllBytes"/> itself.</remarks>
internal static class PooledFileReader
{
    /// <summary>The file's bytes; <paramref name="rented"/> is the array to give back with <see cref="Return"/>.</summary>
    public static ReadOnlySpan<byte> Read(string path, out byte[]? rented)
    {
        rented = null;
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.None);
        var length = RandomAccess.GetLength(handle);
        if (length <= 0 || length > Array.MaxLength)
        {
            return File.ReadAllBytes(path);
        }
        var buffer = ArrayPool<byte>.Shared.Rent((int)length);
        rented = buffer;
        var count = (int)length;
        var read = 0;
        while (read < count)
        {
            var n = RandomAccess.Read(handle, buffer.AsSpan(read, count - read), read);
            if (n == 0)
            {
                throw new EndOfStreamException();
            }
            read += n;
        }
        return buffer.AsSpan(0, count);
    }

    /// <summary>Gives a buffer from <see cref="Read"/> back to the pool (nothing when it was not rented).</summary>
    public static void Return(byte[]? rented)
    {
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
