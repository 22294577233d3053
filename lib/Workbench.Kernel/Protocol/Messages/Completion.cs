namespace Workbench.Kernel.Protocol.Messages;

/// <summary><c>complete_request</c>: <see cref="CursorPos"/> counts Unicode code points.</summary>
internal sealed record CompleteRequest(string Code, int CursorPos) : IJupyterContent
{
    public static string MessageType => "complete_request";
}

/// <summary><c>complete_reply</c>: the span to replace, in code points, and the candidates.</summary>
internal sealed record CompleteReply(
    IReadOnlyList<string> Matches,
    int CursorStart,
    int CursorEnd,
    IReadOnlyDictionary<string, object> Metadata,
    string Status = "ok") : IJupyterContent
{
    public static string MessageType => "complete_reply";
}

/// <summary><c>inspect_request</c>: quick info at a code-point cursor.</summary>
internal sealed record InspectRequest(string Code, int CursorPos, int DetailLevel = 0) : IJupyterContent
{
    public static string MessageType => "inspect_request";
}

/// <summary><c>inspect_reply</c>.</summary>
internal sealed record InspectReply(
    string Status,
    bool Found,
    IReadOnlyDictionary<string, object> Data,
    IReadOnlyDictionary<string, object> Metadata) : IJupyterContent
{
    public static string MessageType => "inspect_reply";
}

/// <summary><c>is_complete_request</c>.</summary>
internal sealed record IsCompleteRequest(string Code) : IJupyterContent
{
    public static string MessageType => "is_complete_request";
}

/// <summary><c>is_complete_reply</c>: <c>complete</c>, <c>incomplete</c> (with an indent), <c>invalid</c> or <c>unknown</c>.</summary>
internal sealed record IsCompleteReply(string Status, string? Indent = null) : IJupyterContent
{
    public static string MessageType => "is_complete_reply";
}
