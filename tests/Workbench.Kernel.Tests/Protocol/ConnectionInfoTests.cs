using Workbench.Kernel.Protocol;

namespace Workbench.Kernel.Tests.Protocol;

public class ConnectionInfoTests
{
    [Fact]
    public void A_connection_file_written_by_jupyter_client_is_read()
    {
        var info = ConnectionInfo.Parse("""
            {"shell_port": 5001, "iopub_port": 5002, "stdin_port": 5003, "control_port": 5004, "hb_port": 5005,
             "ip": "127.0.0.1", "key": "abc", "transport": "tcp", "signature_scheme": "hmac-sha256", "kernel_name": "workbench"}
            """);
        Assert.Equal(5004, info.ControlPort);
        Assert.Equal("tcp://127.0.0.1:5001", info.Endpoint(info.ShellPort));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"ip\": \"127.0.0.1\"}")]
    [InlineData("{\"ip\": \"127.0.0.1\", \"shell_port\": 1, \"iopub_port\": 2, \"signature_scheme\": \"hmac-md5\"}")]
    public void A_bad_connection_file_is_a_coded_error(string json)
    {
        var error = Assert.Throws<FormatException>(() => ConnectionInfo.Parse(json));
        Assert.StartsWith("WB203", error.Message);
    }
}
