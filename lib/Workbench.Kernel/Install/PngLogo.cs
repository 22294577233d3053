using System.IO.Compression;

namespace Workbench.Kernel.Install;

/// <summary>
/// The kernel's logo as a PNG drawn in code (no binary files in the repository): a violet tile with a white sharp sign.
/// </summary>
internal static class PngLogo
{
    public static byte[] Create(int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 8);
        var raw = new byte[size * (1 + size * 4)];
        for (var y = 0; y < size; y++)
        {
            var row = y * (1 + size * 4);
            raw[row] = 0; // filter: none
            for (var x = 0; x < size; x++)
            {
                var (r, g, b) = IsSharp(x, y, size) ? ((byte)255, (byte)255, (byte)255) : ((byte)104, (byte)33, (byte)122);
                var at = row + 1 + x * 4;
                (raw[at], raw[at + 1], raw[at + 2], raw[at + 3]) = (r, g, b, 255);
            }
        }
        using var png = new MemoryStream();
        png.Write([137, 80, 78, 71, 13, 10, 26, 10]);
        var header = new byte[13];
        WriteBigEndian(header, 0, (uint)size);
        WriteBigEndian(header, 4, (uint)size);
        (header[8], header[9]) = (8, 6); // 8 bits per channel, RGBA
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", Deflate(raw));
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static bool IsSharp(int x, int y, int size)
    {
        var unit = size / 8.0;
        bool Bar(int v, double at) => v >= at * unit && v < (at + 0.8) * unit;
        var inside = x >= 1.5 * unit && x < 6.5 * unit && y >= 1.5 * unit && y < 6.5 * unit;
        return inside && (Bar(x, 2.8) || Bar(x, 4.4) || Bar(y, 2.8) || Bar(y, 4.4));
    }

    private static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }
        return output.ToArray();
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        WriteBigEndian(length, 0, (uint)data.Length);
        png.Write(length);
        var body = new byte[4 + data.Length];
        System.Text.Encoding.ASCII.GetBytes(type, body);
        data.CopyTo(body, 4);
        png.Write(body);
        var crc = new byte[4];
        WriteBigEndian(crc, 0, Crc32(body));
        png.Write(crc);
    }

    private static void WriteBigEndian(byte[] buffer, int at, uint value) =>
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(buffer.AsSpan(at), value);

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }
        return ~crc;
    }
}
