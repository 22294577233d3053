using System.CommandLine;
using System.Diagnostics;
using System.Security.Cryptography;
using Spectre.Console;
using Workbench.Cli.Commands.Run;
using Workbench.Kernel.Protocol.Messages;
using Workbench.Kernel.Transport;

namespace Workbench.Cli.Commands.Bench;

/// <summary>
/// <c>workbench bench kernel [--cells N]</c>: starts the kernel as Jupyter does (a fresh process with a connection file)
/// and measures start to ready, start to the first cell result, and the round trip of a trivial cell. Figures, not tests.
/// </summary>
internal static class BenchKernelCommand
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static Command Create(IAnsiConsole console)
    {
        var cells = new Option<int>("--cells") { Description = "Trivial cells to time after the first.", DefaultValueFactory = _ => 50 };
        var command = new Command("kernel", "Jupyter kernel: start to first result, round trip of a trivial cell.") { cells };
        command.SetAction(async (result, ct) =>
        {
            var folder = Directory.CreateTempSubdirectory("wb-bench-kernel-");
            var info = KernelClient.LocalConnection(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)));
            var file = Path.Combine(folder.FullName, "connection.json");
            await File.WriteAllTextAsync(file, info.ToJson(), ct);
            var clock = Stopwatch.StartNew();
            using var process = Process.Start(SelfProcess.StartInfo(["kernel", "--connection-file", file]))!;
            _ = process.StandardOutput.ReadToEndAsync(ct);
            _ = process.StandardError.ReadToEndAsync(ct);
            var table = new Table().AddColumns("measure", "value");
            try
            {
                using var client = new KernelClient(info);
                client.WaitForReady(Timeout);
                table.AddRow("kernel start to ready (kernel_info answered)", $"{clock.Elapsed.TotalMilliseconds:0} ms");
                client.Request(client.Shell, new ExecuteRequest("1 + 1"), Timeout);
                table.AddRow("kernel start to first result (1 + 1)", $"{clock.Elapsed.TotalMilliseconds:0} ms");
                var times = new List<double>();
                for (var i = 0; i < Math.Max(1, result.GetValue(cells)); i++)
                {
                    clock.Restart();
                    client.Request(client.Shell, new ExecuteRequest("1 + 1"), Timeout);
                    times.Add(clock.Elapsed.TotalMilliseconds);
                }
                times.Sort();
                table.AddRow("round trip, trivial cell (request to idle)",
                    $"median {times[times.Count / 2]:0.0} ms, p90 {times[(int)(times.Count * 0.9)]:0.0} ms (n={times.Count})");
                client.Request(client.Control, new ShutdownRequest(), Timeout);
                await process.WaitForExitAsync(ct).WaitAsync(Timeout, ct);
            }
            finally
            {
                if (!process.HasExited) process.Kill(entireProcessTree: true);
                folder.Delete(recursive: true);
                NetMQ.NetMQConfig.Cleanup(block: false);
            }
            console.Write(table);
            return 0;
        });
        return command;
    }
}
