namespace Workbench.Kernel.Protocol;

/// <summary>The content of one Jupyter message type; each record names its own <c>msg_type</c>.</summary>
internal interface IJupyterContent
{
    static abstract string MessageType { get; }
}
