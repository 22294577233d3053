namespace Workbench.Kernel.Protocol.Messages;

/// <summary><c>shutdown_request</c>, on control; <see cref="Restart"/> asks the front end's manager to start a new kernel.</summary>
internal sealed record ShutdownRequest(bool Restart = false) : IJupyterContent
{
    public static string MessageType => "shutdown_request";
}

/// <summary><c>shutdown_reply</c>.</summary>
internal sealed record ShutdownReply(bool Restart, string Status = "ok") : IJupyterContent
{
    public static string MessageType => "shutdown_reply";
}

/// <summary><c>interrupt_request</c>, on control (kernelspec <c>interrupt_mode: "message"</c>).</summary>
internal sealed record InterruptRequest : IJupyterContent
{
    public static string MessageType => "interrupt_request";
}

/// <summary><c>interrupt_reply</c>.</summary>
internal sealed record InterruptReply(string Status = "ok") : IJupyterContent
{
    public static string MessageType => "interrupt_reply";
}
