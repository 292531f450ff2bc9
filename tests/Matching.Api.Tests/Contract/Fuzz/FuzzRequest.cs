using System.Text.Json.Nodes;

namespace Matching.Api.Tests.Contract.Fuzz;

/// <summary>A request the fuzz sends: valid by the document, or with one constraint broken (<see cref="Broken"/> says which).</summary>
public sealed record FuzzRequest(ApiOperation Operation, string Role, string Path, List<KeyValuePair<string, string>> Query,
    Dictionary<string, string> Headers, JsonNode? Body)
{
    public string? Broken { get; init; }

    /// <summary>A body sent as these bytes rather than as <see cref="Body"/> (malformed JSON).</summary>
    public string? RawBody { get; init; }

    public string ContentType { get; init; } = "application/json";

    public bool SendBody { get; init; } = true;

    public bool IsValid => Broken is null;

    public string Uri => Query.Count == 0
        ? Path
        : Path + "?" + string.Join("&", Query.Select(q => $"{System.Uri.EscapeDataString(q.Key)}={System.Uri.EscapeDataString(q.Value)}"));

    public override string ToString()
    {
        var body = RawBody ?? Body?.ToJsonString();
        var headers = string.Concat(Headers.Select(h => $" [{h.Key}: {h.Value}]"));
        return $"{Operation.Method} {Uri} as {Role}{headers}{(SendBody && body is not null ? " " + Shorten(body) : "")}";
    }

    private static string Shorten(string text) => text.Length <= 400 ? text : text[..400] + "...";
}
