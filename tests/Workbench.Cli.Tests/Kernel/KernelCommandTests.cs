using System.Diagnostics;
using System.Text.Json.Nodes;
using Workbench.Cli.Commands.Run;
using Workbench.Cli.Tests.Run;
using RunCli = Workbench.Cli.Tests.Run.Cli;
using Workbench.Kernel.Protocol.Messages;
using Workbench.Kernel.Transport;
using Workbench.Testing;

namespace Workbench.Cli.Tests.Kernel;

public class KernelCommandTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Install_writes_a_kernelspec_jupyter_can_start()
    {
        using var temp = new TempFolder();
        var (code, output) = await RunCli.RunAsync("kernel", "install", "--prefix", temp.Path);
        Assert.Equal(0, code);
        var folder = Path.Combine(temp.Path, "share", "jupyter", "kernels", "workbench-csharp");
        Assert.Contains("workbench-csharp", output);
        var spec = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "kernel.json")))!;
        Assert.Equal("C# (Workbench)", (string?)spec["display_name"]);
        Assert.Equal("C#", (string?)spec["language"]);
        Assert.Equal("message", (string?)spec["interrupt_mode"]);
        Assert.Null(spec["metadata"]?["vscode"]);
        var argv = spec["argv"]!.AsArray().Select(a => (string)a!).ToArray();
        Assert.Equal(["kernel", "--connection-file", "{connection_file}"], argv[^3..]);
        Assert.True(File.Exists(argv[^4]) || File.Exists(argv[0]));
        foreach (var logo in new[] { "logo-32x32.png", "logo-64x64.png" })
        {
            Assert.Equal([137, 80, 78, 71], File.ReadAllBytes(Path.Combine(folder, logo))[..4]);
        }
    }

    [Fact]
    public async Task As_dotnet_interactive_also_registers_the_Polyglot_name_and_uninstall_removes_both()
    {
        using var temp = new TempFolder();
        await RunCli.RunAsync("kernel", "install", "--prefix", temp.Path, "--name", "wb-test", "--as-dotnet-interactive");
        var kernels = Path.Combine(temp.Path, "share", "jupyter", "kernels");
        Assert.True(File.Exists(Path.Combine(kernels, ".net-csharp", "kernel.json")));
        var (code, _) = await RunCli.RunAsync("kernel", "uninstall", "--prefix", temp.Path, "--name", "wb-test", "--as-dotnet-interactive");
        Assert.Equal(0, code);
        Assert.False(Directory.Exists(Path.Combine(kernels, "wb-test")));
        Assert.False(Directory.Exists(Path.Combine(kernels, ".net-csharp")));
    }

    [Fact]
    public async Task Uninstall_leaves_a_kernelspec_it_did_not_write()
    {
        using var temp = new TempFolder();
        var foreign = temp.Write("share/jupyter/kernels/.net-csharp/kernel.json", "{\"argv\": [\"dotnet-interactive\"], \"display_name\": \".NET (C#)\"}");
        var (_, output) = await RunCli.RunAsync("kernel", "uninstall", "--prefix", temp.Path, "--name", ".net-csharp");
        Assert.True(File.Exists(foreign));
        Assert.Contains("no Workbench kernelspec", output);
    }

    [Fact]
    public async Task A_bad_connection_file_is_a_coded_error()
    {
        using var temp = new TempFolder();
        var (code, output) = await RunCli.RunAsync("kernel", "--connection-file", temp.Write("bad.json", "{ not json"));
        Assert.Equal(2, code);
        Assert.Contains("WB203", output);
    }

    [Fact]
    public async Task The_kernel_verb_serves_a_cell_and_exits_on_shutdown()
    {
        // A child process, as Jupyter starts it: the kernel cleans up NetMQ for its whole process when it stops.
        using var temp = new TempFolder();
        var info = KernelClient.LocalConnection("k3y");
        var file = temp.Write("connection.json", info.ToJson());
        using var process = Process.Start(SelfProcess.StartInfo(["kernel", "run", file]))!;
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            using var client = new KernelClient(info);
            client.WaitForReady(Timeout);
            var exchange = client.Request(client.Shell, new ExecuteRequest("\"xin chào\".Length"), Timeout);
            var result = exchange.Iopub.Single(m => m.MsgType == "execute_result");
            Assert.Equal("8", result.ContentJson.GetProperty("data").GetProperty("text/plain").GetString());
            var shutdown = client.Send(client.Control, new ShutdownRequest());
            Assert.Equal("shutdown_reply", client.ReplyTo(client.Control, shutdown, Timeout).MsgType);
            await process.WaitForExitAsync().WaitAsync(Timeout);
            Assert.Equal(0, process.ExitCode);
            Assert.DoesNotContain("WB2", await stderr);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }
}
