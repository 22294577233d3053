using System.Text;
using Workbench.Text;

namespace Workbench.Tests.Support;

/// <summary>Writes Vietnamese the way Windows-1258 does: base letters with their circumflex, breve or horn
/// precomposed, tone marks as separate combining characters.</summary>
public static class Windows1258
{
    private static readonly Encoding s_encoding = TextDecoder.GetEncoding("windows-1258");

    public static byte[] Encode(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            var s = c.ToString();
            if (CanEncode(s))
            {
                sb.Append(s);
                continue;
            }
            var marks = s.Normalize(NormalizationForm.FormD);
            var tones = new StringBuilder();
            var baseLetter = new StringBuilder();
            foreach (var m in marks)
            {
                (m is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323' ? tones : baseLetter).Append(m);
            }
            sb.Append(baseLetter.ToString().Normalize(NormalizationForm.FormC)).Append(tones);
        }
        return s_encoding.GetBytes(sb.ToString());
    }

    private static bool CanEncode(string s)
    {
        try
        {
            s_encoding.GetBytes(s);
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }
}
