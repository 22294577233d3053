using System.Globalization;
using System.Text.Json.Serialization;

namespace Workbench.Kernel.Protocol;

/// <summary>A Jupyter message header (messaging protocol 5.3).</summary>
internal sealed record MessageHeader(
    [property: JsonPropertyName("msg_id")] string MsgId,
    [property: JsonPropertyName("session")] string Session,
    [property: JsonPropertyName("username")] string Username,
    [property: JsonPropertyName("date")] string Date,
    [property: JsonPropertyName("msg_type")] string MsgType,
    [property: JsonPropertyName("version")] string Version)
{
    public const string ProtocolVersion = "5.3";

    public static MessageHeader Create(string msgType, string session, DateTimeOffset now) =>
        new(Guid.NewGuid().ToString("N"), session, "workbench", FormatDate(now), msgType, ProtocolVersion);

    /// <summary>ISO 8601 with 6 fractional digits and <c>Z</c>: jupyter_client 7.4 rejects .NET's 7-digit "o" format.</summary>
    public static string FormatDate(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
}
