using System.Text.Json.Nodes;

namespace Matching.Api.Tests.Contract.Fuzz;

/// <summary>One operation of the document: its parameters, its JSON request body and its documented responses.</summary>
public sealed record ApiOperation(
    string Path, string Method, string Id, JsonObject Node, IReadOnlyList<JsonObject> Parameters, JsonNode? BodySchema, bool BodyRequired, bool Anonymous)
{
    public JsonObject Responses => Node["responses"]!.AsObject();

    public IEnumerable<JsonObject> ParametersIn(string location) => Parameters.Where(p => p["in"]!.GetValue<string>() == location);

    /// <summary>The collection a path parameter names, e.g. "students" for {id} in /v1/students/{id}.</summary>
    public string CollectionOf(string parameter)
    {
        var segments = Path.Split('/');
        var index = Array.IndexOf(segments, "{" + parameter + "}");
        return index > 0 ? segments[index - 1] : parameter;
    }

    /// <summary>A creating POST (it answers 201) or a POST that only reads or queries; other POSTs change a resource's state.</summary>
    public int Phase => Method switch
    {
        "POST" when Responses.ContainsKey("201") || !Path.Contains('{') => 0,
        "GET" => 1,
        "DELETE" => 3,
        _ => 2,
    };
}
