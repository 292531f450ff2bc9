using System.Text;

namespace Matching.Tests.Service;

/// <summary>A message as an SMTP client sent it: the envelope and the raw DATA (headers and MIME body, dot-unstuffed).</summary>
public sealed record ReceivedMail(string From, IReadOnlyList<string> To, string Data)
{
    /// <summary>
    /// The decoded text of the MIME part with this media type. Enough MIME for what EmailSender has MailKit write:
    /// a part's headers, a blank line, and a base64 body that ends at the next boundary line. Base64 is asserted,
    /// not merely decoded: quoted-printable or 7bit would bring the documents' line feeds back as CRLF.
    /// </summary>
    public string Part(string mediaType)
    {
        var lines = Data.Split("\r\n");
        var start = Array.FindIndex(lines, l => l.StartsWith($"Content-Type: {mediaType}", StringComparison.OrdinalIgnoreCase));
        Assert.True(start >= 0, $"The message has no {mediaType} part.");
        var headers = lines.Skip(start).TakeWhile(l => l.Length > 0).ToList();
        Assert.Contains("Content-Transfer-Encoding: base64", headers);
        var body = lines.Skip(start + headers.Count + 1).TakeWhile(l => !l.StartsWith("--", StringComparison.Ordinal));
        return Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(body)));
    }
}
