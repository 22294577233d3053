using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workbench.Kernel.Protocol;

/// <summary>The outcome of reading frames: a message, or the coded reason it was dropped.</summary>
internal sealed record DecodeResult(JupyterMessage? Message, string? Code, string? Reason)
{
    public static DecodeResult Ok(JupyterMessage message) => new(message, null, null);

    public static DecodeResult Dropped(string code, string reason) => new(null, code, reason);
}

/// <summary>
/// The Jupyter wire format: <c>[identities…] &lt;IDS|MSG&gt; signature header parent metadata content [buffers…]</c>.
/// Pure functions; the transport only moves frames.
/// </summary>
internal static class WireFormat
{
    public static readonly byte[] Delimiter = "<IDS|MSG>"u8.ToArray();

    public static List<byte[]> Encode(JupyterMessage message, MessageSigner signer)
    {
        byte[][] parts =
        [
            ProtocolJson.Serialize(message.Header),
            message.ParentHeader is null ? "{}"u8.ToArray() : ProtocolJson.Serialize(message.ParentHeader),
            Encoding.UTF8.GetBytes(message.Metadata.ToJsonString()),
            message.Content,
        ];
        var frames = new List<byte[]>(message.Identities.Count + 6 + message.Buffers.Count);
        frames.AddRange(message.Identities);
        frames.Add(Delimiter);
        frames.Add(Encoding.ASCII.GetBytes(signer.Sign(parts)));
        frames.AddRange(parts);
        frames.AddRange(message.Buffers);
        return frames;
    }

    public static DecodeResult Decode(IReadOnlyList<byte[]> frames, MessageSigner signer)
    {
        var at = IndexOfDelimiter(frames);
        if (at < 0)
        {
            return DecodeResult.Dropped(KernelDiagnostics.MalformedMessage, "no <IDS|MSG> delimiter");
        }
        if (frames.Count - at - 1 < 5)
        {
            return DecodeResult.Dropped(KernelDiagnostics.MalformedMessage, $"{frames.Count - at - 1} frames after the delimiter, 5 needed");
        }
        var signature = Encoding.ASCII.GetString(frames[at + 1]);
        byte[][] parts = [frames[at + 2], frames[at + 3], frames[at + 4], frames[at + 5]];
        if (!signer.Verify(signature, parts))
        {
            return DecodeResult.Dropped(KernelDiagnostics.BadSignature, signature.Length == 0 ? "missing" : "mismatch");
        }
        try
        {
            var header = ProtocolJson.Deserialize<MessageHeader>(parts[0]);
            var parent = ParseParent(parts[1]);
            var metadata = JsonNode.Parse(parts[2]) as JsonObject ?? [];
            using var content = JsonDocument.Parse(parts[3]);
            var identities = frames.Take(at).ToArray();
            var buffers = frames.Skip(at + 6).ToArray();
            return DecodeResult.Ok(new JupyterMessage(identities, header, parent, metadata, parts[3], buffers));
        }
        catch (JsonException e)
        {
            return DecodeResult.Dropped(KernelDiagnostics.MalformedMessage, e.Message);
        }
    }

    private static MessageHeader? ParseParent(byte[] json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("msg_id", out _)
            ? ProtocolJson.Deserialize<MessageHeader>(json)
            : null;
    }

    private static int IndexOfDelimiter(IReadOnlyList<byte[]> frames)
    {
        for (var i = 0; i < frames.Count; i++)
        {
            if (frames[i].AsSpan().SequenceEqual(Delimiter))
            {
                return i;
            }
        }
        return -1;
    }
}
