using Microsoft.Net.Http.Headers;

namespace Matching.Api.Http;

/// <summary>Optimistic concurrency: a resource's version travels as a strong ETag.</summary>
internal static class ETags
{
    public static string For(int version) => $"\"{version}\"";

    /// <summary>
    /// The version If-Match asks for, by RFC 9110's strong comparison: null when the header is absent; the current
    /// version for "*" or for a list that names it; -1 (never matches) for anything else, weak tags included.
    /// </summary>
    public static int? IfMatchVersion(HttpRequest request, int currentVersion)
    {
        var values = request.Headers[HeaderNames.IfMatch];
        if (string.IsNullOrWhiteSpace(values.ToString()))
        {
            return null;
        }
        var current = For(currentVersion);
        var tags = values.SelectMany(value => (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        return tags.Any(tag => tag == "*" || tag == current) ? currentVersion : -1;
    }

    public static void Set(HttpResponse response, int version) => response.Headers.ETag = For(version);
}
