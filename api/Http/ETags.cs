using Microsoft.Net.Http.Headers;

namespace Matching.Api.Http;

/// <summary>Optimistic concurrency: a resource's version travels as a strong ETag.</summary>
internal static class ETags
{
    public static string For(int version) => $"\"{version}\"";

    /// <summary>The version named by If-Match, null when absent; -1 when it cannot be a version (never matches).</summary>
    public static int? IfMatchVersion(HttpRequest request)
    {
        var header = request.Headers[HeaderNames.IfMatch].ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }
        var value = header.Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal))
        {
            value = value[2..];
        }
        return int.TryParse(value.Trim('"'), out var version) ? version : -1;
    }

    public static void Set(HttpResponse response, int version) => response.Headers.ETag = For(version);
}
