namespace Workbench.Kernel.Protocol.Messages;

/// <summary><c>execute_request</c>.</summary>
internal sealed record ExecuteRequest(
    string Code,
    bool Silent = false,
    bool StoreHistory = true,
    IReadOnlyDictionary<string, string>? UserExpressions = null,
    bool AllowStdin = true,
    bool StopOnError = true) : IJupyterContent
{
    public static string MessageType => "execute_request";
}

/// <summary><c>execute_reply</c>: <c>ok</c>, <c>error</c> (with the error's fields) or <c>aborted</c>.</summary>
internal sealed record ExecuteReply(
    string Status,
    int ExecutionCount,
    IReadOnlyDictionary<string, object>? UserExpressions = null,
    IReadOnlyList<object>? Payload = null,
    string? Ename = null,
    string? Evalue = null,
    IReadOnlyList<string>? Traceback = null) : IJupyterContent
{
    public static string MessageType => "execute_reply";
}

/// <summary><c>execute_input</c> on iopub: the code being run and its count.</summary>
internal sealed record ExecuteInput(string Code, int ExecutionCount) : IJupyterContent
{
    public static string MessageType => "execute_input";
}

/// <summary><c>execute_result</c> on iopub: the cell's value as a mime bundle.</summary>
internal sealed record ExecuteResult(
    int ExecutionCount,
    IReadOnlyDictionary<string, object> Data,
    IReadOnlyDictionary<string, object> Metadata) : IJupyterContent
{
    public static string MessageType => "execute_result";
}
