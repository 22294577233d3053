namespace Workbench.Kernel.Protocol.Messages;

/// <summary><c>stream</c> on iopub: text written to <c>stdout</c> or <c>stderr</c>.</summary>
internal sealed record StreamOutput(string Name, string Text) : IJupyterContent
{
    public static string MessageType => "stream";
}

/// <summary>Transient display fields: the id that later updates replace.</summary>
internal sealed record DisplayTransient(string DisplayId);

/// <summary><c>display_data</c> on iopub.</summary>
internal sealed record DisplayData(
    IReadOnlyDictionary<string, object> Data,
    IReadOnlyDictionary<string, object> Metadata,
    DisplayTransient? Transient = null) : IJupyterContent
{
    public static string MessageType => "display_data";
}

/// <summary><c>update_display_data</c> on iopub: replaces every output shown with the same display id.</summary>
internal sealed record UpdateDisplayData(
    IReadOnlyDictionary<string, object> Data,
    IReadOnlyDictionary<string, object> Metadata,
    DisplayTransient Transient) : IJupyterContent
{
    public static string MessageType => "update_display_data";
}

/// <summary><c>error</c> on iopub.</summary>
internal sealed record ErrorOutput(string Ename, string Evalue, IReadOnlyList<string> Traceback) : IJupyterContent
{
    public static string MessageType => "error";
}

/// <summary><c>status</c> on iopub: <c>busy</c>, <c>idle</c> or <c>starting</c>.</summary>
internal sealed record KernelStatus(string ExecutionState) : IJupyterContent
{
    public static string MessageType => "status";
}

/// <summary><c>clear_output</c> on iopub.</summary>
internal sealed record ClearOutput(bool Wait) : IJupyterContent
{
    public static string MessageType => "clear_output";
}
