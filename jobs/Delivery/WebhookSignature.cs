using System.Security.Cryptography;
using System.Text;

namespace Matching.Jobs.Delivery;

/// <summary>
/// The signature of a webhook request: "sha256=" and the lowercase hex HMAC-SHA256, keyed with the subscription's
/// secret, of "&lt;timestamp&gt;.&lt;body&gt;". Signing the timestamp with the body lets a receiver reject replays.
/// </summary>
public static class WebhookSignature
{
    public const string Prefix = "sha256=";

    public static string Compute(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes(timestamp + ".");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }
}
