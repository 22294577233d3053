using System.Security.Cryptography;
using System.Text;

namespace Workbench.Kernel.Protocol;

/// <summary>HMAC-SHA256 over header, parent header, metadata and content, hex encoded; an empty key disables signing.</summary>
internal sealed class MessageSigner
{
    private readonly byte[] _key;

    public MessageSigner(string key) => _key = Encoding.UTF8.GetBytes(key ?? "");

    public bool Enabled => _key.Length > 0;

    public string Sign(ReadOnlySpan<byte[]> parts)
    {
        if (!Enabled)
        {
            return "";
        }
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key);
        foreach (var part in parts)
        {
            hmac.AppendData(part);
        }
        return Convert.ToHexStringLower(hmac.GetHashAndReset());
    }

    /// <summary>True when <paramref name="signature"/> matches, compared in constant time.</summary>
    public bool Verify(string signature, ReadOnlySpan<byte[]> parts)
    {
        if (!Enabled)
        {
            return true;
        }
        var expected = Encoding.ASCII.GetBytes(Sign(parts));
        var actual = Encoding.ASCII.GetBytes(signature ?? "");
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }
}
