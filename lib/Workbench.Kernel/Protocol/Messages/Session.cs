namespace Workbench.Kernel.Protocol.Messages;

/// <summary><c>comm_info_request</c>.</summary>
internal sealed record CommInfoRequest(string? TargetName = null) : IJupyterContent
{
    public static string MessageType => "comm_info_request";
}

/// <summary><c>comm_info_reply</c>: this kernel opens no comms.</summary>
internal sealed record CommInfoReply(IReadOnlyDictionary<string, object> Comms, string Status = "ok") : IJupyterContent
{
    public static string MessageType => "comm_info_reply";
}

/// <summary><c>history_request</c> (<c>tail</c>, <c>range</c> or <c>search</c>).</summary>
internal sealed record HistoryRequest(
    bool Output = false,
    bool Raw = true,
    string HistAccessType = "tail",
    int Session = 0,
    int Start = 0,
    int Stop = 0,
    int N = 10,
    string? Pattern = null,
    bool Unique = false) : IJupyterContent
{
    public static string MessageType => "history_request";
}

/// <summary><c>history_reply</c>: entries are <c>[session, line, input]</c>.</summary>
internal sealed record HistoryReply(IReadOnlyList<object[]> History, string Status = "ok") : IJupyterContent
{
    public static string MessageType => "history_reply";
}

/// <summary><c>input_request</c> on stdin: the kernel asks the front end for a line.</summary>
internal sealed record InputRequest(string Prompt, bool Password = false) : IJupyterContent
{
    public static string MessageType => "input_request";
}

/// <summary><c>input_reply</c> on stdin.</summary>
internal sealed record InputReply(string Value) : IJupyterContent
{
    public static string MessageType => "input_reply";
}
