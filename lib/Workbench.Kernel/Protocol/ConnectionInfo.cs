using System.Text.Json;
using System.Text.Json.Serialization;

namespace Workbench.Kernel.Protocol;

/// <summary>
/// The connection file a Jupyter front end writes before starting a kernel: where to bind each channel and the key that
/// signs every message.
/// </summary>
/// <example><code>var info = ConnectionInfo.Load("kernel-1234.json");</code></example>
/// <param name="Transport">The ZeroMQ transport, normally <c>tcp</c>.</param>
/// <param name="Ip">The address to bind, for example <c>127.0.0.1</c>.</param>
/// <param name="ShellPort">The shell channel (requests and replies).</param>
/// <param name="ControlPort">The control channel (interrupt and shutdown, served on its own thread).</param>
/// <param name="StdinPort">The stdin channel (input requests).</param>
/// <param name="IopubPort">The broadcast channel (status and outputs).</param>
/// <param name="HbPort">The heartbeat channel (echo).</param>
/// <param name="Key">The HMAC key; empty disables signing.</param>
/// <param name="SignatureScheme">The signature scheme; only <c>hmac-sha256</c> is supported.</param>
public sealed record ConnectionInfo(
    [property: JsonPropertyName("transport")] string Transport,
    [property: JsonPropertyName("ip")] string Ip,
    [property: JsonPropertyName("shell_port")] int ShellPort,
    [property: JsonPropertyName("control_port")] int ControlPort,
    [property: JsonPropertyName("stdin_port")] int StdinPort,
    [property: JsonPropertyName("iopub_port")] int IopubPort,
    [property: JsonPropertyName("hb_port")] int HbPort,
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("signature_scheme")] string SignatureScheme)
{
    /// <summary>Reads a connection file, so a kernel can be started the way Jupyter starts it.</summary>
    /// <param name="path">The connection file.</param>
    /// <returns>The parsed connection.</returns>
    /// <exception cref="FormatException">The file is not a valid connection file (diagnostic WB203).</exception>
    public static ConnectionInfo Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Parse(File.ReadAllText(path));
    }

    /// <summary>Parses the JSON of a connection file.</summary>
    /// <param name="json">The file's text.</param>
    /// <returns>The parsed connection.</returns>
    /// <exception cref="FormatException">The text is not a valid connection file (diagnostic WB203).</exception>
    public static ConnectionInfo Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        ConnectionInfo? info;
        try
        {
            info = JsonSerializer.Deserialize<ConnectionInfo>(json);
        }
        catch (JsonException e)
        {
            throw new FormatException(KernelDiagnostics.Format(KernelDiagnostics.BadConnectionFile, e.Message), e);
        }
        if (info is null || string.IsNullOrEmpty(info.Ip) || info.ShellPort <= 0 || info.IopubPort <= 0)
        {
            throw new FormatException(KernelDiagnostics.Format(KernelDiagnostics.BadConnectionFile, "ip or ports missing"));
        }
        var scheme = string.IsNullOrEmpty(info.SignatureScheme) ? "hmac-sha256" : info.SignatureScheme;
        if (scheme != "hmac-sha256")
        {
            throw new FormatException(KernelDiagnostics.Format(KernelDiagnostics.BadConnectionFile, $"unsupported signature scheme '{scheme}'"));
        }
        return info with { Transport = info.Transport ?? "tcp", Key = info.Key ?? "", SignatureScheme = scheme };
    }

    /// <summary>Writes the connection as a connection file's JSON, for tests and benchmarks that start a kernel.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => JsonSerializer.Serialize(this);

    internal string Endpoint(int port) => $"{Transport}://{Ip}:{port}";
}
