using Workbench.Kernel.Protocol;
using Workbench.Kernel.Protocol.Messages;

namespace Workbench.Kernel.Handlers;

/// <summary><c>Console.ReadLine</c> in a cell: an <c>input_request</c> on stdin to the sender of the cell, then its reply.</summary>
internal static class StdinPrompt
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    public static string ReadLine(Request request, string prompt, bool password, CancellationToken cancellationToken)
    {
        var kernel = request.Kernel;
        kernel.Stdin.Send(JupyterMessage.Create(new InputRequest(prompt, password), request.Message, kernel.Session, kernel.Now));
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var reply = kernel.Stdin.TryReceive(Poll);
            if (reply?.MsgType == InputReply.MessageType)
            {
                return reply.ContentAs<InputReply>().Value;
            }
        }
    }
}
