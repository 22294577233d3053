using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workbench.Kernel.Protocol;

/// <summary>
/// One Jupyter message as it travels: routing identities, header, parent header, metadata, content (kept as raw JSON until a
/// handler asks for its record) and binary buffers.
/// </summary>
internal sealed record JupyterMessage(
    IReadOnlyList<byte[]> Identities,
    MessageHeader Header,
    MessageHeader? ParentHeader,
    JsonObject Metadata,
    byte[] Content,
    IReadOnlyList<byte[]> Buffers)
{
    public string MsgType => Header.MsgType;

    /// <summary>Reads the content as the record of its message type.</summary>
    public T ContentAs<T>() where T : IJupyterContent => ProtocolJson.Deserialize<T>(Content);

    /// <summary>A new message (a reply or a broadcast) whose parent is <paramref name="parent"/>, routed back to its sender.</summary>
    public static JupyterMessage Create<T>(T content, JupyterMessage? parent, string session, DateTimeOffset now)
        where T : IJupyterContent =>
        new(
            parent?.Identities ?? [],
            MessageHeader.Create(T.MessageType, session, now),
            parent?.Header,
            [],
            ProtocolJson.Serialize(content),
            []);

    /// <summary>A request from a client (tests, benchmarks): no parent, no identities.</summary>
    public static JupyterMessage Request<T>(T content, string session) where T : IJupyterContent =>
        Create(content, null, session, DateTimeOffset.UtcNow);

    public JsonElement ContentJson => JsonDocument.Parse(Content).RootElement;
}
