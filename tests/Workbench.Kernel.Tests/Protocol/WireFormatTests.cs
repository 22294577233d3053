using System.Security.Cryptography;
using System.Text;
using Workbench.Kernel.Protocol;
using Workbench.Kernel.Protocol.Messages;

namespace Workbench.Kernel.Tests.Protocol;

public class WireFormatTests
{
    private static readonly MessageSigner Signer = new("secret-key");

    private static JupyterMessage Sample() =>
        JupyterMessage.Create(new ExecuteRequest("print xin chào 🌏"), null, "session-1", DateTimeOffset.UtcNow) with
        {
            Identities = ["first"u8.ToArray(), "second"u8.ToArray()],
        };

    [Fact]
    public void A_message_survives_encoding_and_decoding_with_its_identities_in_order()
    {
        var frames = WireFormat.Encode(Sample(), Signer);
        var decoded = WireFormat.Decode(frames, Signer).Message!;
        Assert.Equal(["first", "second"], decoded.Identities.Select(Encoding.ASCII.GetString));
        Assert.Equal("execute_request", decoded.MsgType);
        Assert.Equal("print xin chào 🌏", decoded.ContentAs<ExecuteRequest>().Code);
    }

    [Fact]
    public void The_signature_is_hex_HMAC_SHA256_of_header_parent_metadata_and_content()
    {
        var frames = WireFormat.Encode(Sample(), Signer);
        var at = frames.FindIndex(f => f.AsSpan().SequenceEqual(WireFormat.Delimiter));
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes("secret-key"));
        var expected = Convert.ToHexStringLower(hmac.ComputeHash(frames.Skip(at + 2).Take(4).SelectMany(f => f).ToArray()));
        Assert.Equal(expected, Encoding.ASCII.GetString(frames[at + 1]));
    }

    [Fact]
    public void A_tampered_content_frame_is_dropped_as_bad_signature()
    {
        var frames = WireFormat.Encode(Sample(), Signer);
        frames[^1] = Encoding.UTF8.GetBytes("{\"code\":\"fail injected\"}");
        var result = WireFormat.Decode(frames, Signer);
        Assert.Null(result.Message);
        Assert.Equal("WB200", result.Code);
    }

    [Fact]
    public void A_missing_signature_is_dropped_when_a_key_is_set()
    {
        var frames = WireFormat.Encode(Sample(), new MessageSigner(""));
        var result = WireFormat.Decode(frames, Signer);
        Assert.Equal("WB200", result.Code);
    }

    [Fact]
    public void Frames_without_the_delimiter_are_malformed()
    {
        var result = WireFormat.Decode(["only"u8.ToArray(), "{}"u8.ToArray()], Signer);
        Assert.Equal("WB201", result.Code);
    }

    [Fact]
    public void Header_dates_have_six_fractional_digits_and_Z()
    {
        var date = MessageHeader.FormatDate(new DateTimeOffset(2026, 11, 23, 9, 40, 1, TimeSpan.FromHours(7)).AddTicks(1234567));
        Assert.Equal("2026-11-23T02:40:01.123456Z", date);
    }

    [Fact]
    public void Mime_types_keep_their_spelling_while_members_become_snake_case()
    {
        var json = Encoding.UTF8.GetString(ProtocolJson.Serialize(
            new ExecuteResult(3, new Dictionary<string, object> { ["text/plain"] = "1" }, new Dictionary<string, object>())));
        Assert.Equal("{\"execution_count\":3,\"data\":{\"text/plain\":\"1\"},\"metadata\":{}}", json);
    }
}
