namespace Workbench.Kernel.Protocol.Messages;

/// <summary><c>kernel_info_request</c>: no content.</summary>
internal sealed record KernelInfoRequest : IJupyterContent
{
    public static string MessageType => "kernel_info_request";
}

/// <summary>What a front end shows about the language; nbclient refuses a kernel without it.</summary>
internal sealed record LanguageInfo(
    string Name,
    string Version,
    string Mimetype,
    string FileExtension,
    string PygmentsLexer,
    string CodemirrorMode,
    string NbconvertExporter);

/// <summary>A link a front end lists in its help menu.</summary>
internal sealed record HelpLink(string Text, string Url);

/// <summary><c>kernel_info_reply</c>.</summary>
internal sealed record KernelInfoReply(
    string Status,
    string ProtocolVersion,
    string Implementation,
    string ImplementationVersion,
    LanguageInfo LanguageInfo,
    string Banner,
    IReadOnlyList<HelpLink> HelpLinks,
    bool Debugger = false) : IJupyterContent
{
    public static string MessageType => "kernel_info_reply";
}
