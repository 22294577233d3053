namespace Workbench.Kernel;

/// <summary>The kernel's diagnostic catalogue (codes WB200–WB249): one place for every message the kernel logs.</summary>
internal static class KernelDiagnostics
{
    public const string BadSignature = "WB200";
    public const string MalformedMessage = "WB201";
    public const string UnknownMessageType = "WB202";
    public const string BadConnectionFile = "WB203";
    public const string HandlerFailed = "WB204";
    public const string KernelSpecFailed = "WB205";
    public const string InputUnavailable = "WB206";
    public const string ShutdownStep = "WB207";

    private static readonly Dictionary<string, string> Messages = new()
    {
        [BadSignature] = "message dropped: bad or missing HMAC signature ({0})",
        [MalformedMessage] = "message dropped: malformed ({0})",
        [UnknownMessageType] = "unhandled message type '{0}'",
        [BadConnectionFile] = "invalid connection file: {0}",
        [HandlerFailed] = "handler for '{0}' failed: {1}",
        [KernelSpecFailed] = "kernelspec: {0}",
        [InputUnavailable] = "input requested but the front end does not allow stdin",
        [ShutdownStep] = "shutdown: {0}",
    };

    /// <summary>Formats a coded message: <c>WB200: message dropped: …</c>.</summary>
    public static string Format(string code, params object?[] args) =>
        $"{code}: {string.Format(System.Globalization.CultureInfo.InvariantCulture, Messages[code], args)}";
}
