using NetMQ;
using NetMQ.Sockets;

namespace Workbench.Kernel.Transport;

/// <summary>The heartbeat channel: a REP socket that echoes every ping until stopped.</summary>
internal static class Heartbeat
{
    public static void Run(ResponseSocket socket, Func<bool> stopping, TimeSpan poll)
    {
        NetMQMessage? ping = null;
        while (!stopping())
        {
            if (socket.TryReceiveMultipartMessage(poll, ref ping) && ping is not null)
            {
                socket.SendMultipartMessage(ping);
            }
        }
    }
}
