using System.Text;
using System.Text.Json.Nodes;

namespace Matching.Api.Tests.Contract.Fuzz;

/// <summary>
/// Builds requests from an operation's schemas: types, ranges, lengths, enums, patterns and formats come from the
/// document; values that must name something real (an id, a crebo, a PC4, a sector) come from the world; and the rules
/// that tie fields together (a crebo's level, a period's order, a channel per subscription) are kept as the
/// descriptions state them. Each invalid request breaks one constraint of the document.
/// </summary>
public sealed class RequestFactory(ApiDocument document, FuzzWorld world, Random random)
{
    private static readonly string[] Words =
        ["magazijn", "heftruck", "logistiek", "zorg", "verzorgende", "keuken", "kok", "winkel", "techniek", "installatie", "stage", "werken", "leren", "rijbewijs"];

    private static readonly string[] Languages = ["nl", "en", "tr", "pl", "ar", "de"];

    // Who calls an operation in a valid request: the role that owns what it touches. Others are called by any role.
    private static readonly Dictionary<string, string> Roles = new()
    {
        ["school"] = "CreateStudent ListStudents GetStudent UpdateStudent DeleteStudent ExportStudent ListStudentViews UpsertStudents GetStudentMatches MatchStudents GetStudentMatchDiagnosis DiagnoseStudents ProposePlacement ListPlacements GetPlacement CancelPlacement "
            + "CreateAlertSubscription ListAlertSubscriptions GetAlertSubscription UpdateAlertSubscription DeleteAlertSubscription ListOfferAlerts ListAlertDeliveries",
        ["company"] = "CreateCompany ListCompanies GetCompany UpdateCompany CreateAccreditation ListAccreditations GetAccreditation DeleteAccreditation CreateOffer UpdateOffer CloseOffer GetOfferCandidates AcceptPlacement DeclinePlacement",
        ["coordinator"] = "ListShortfalls GetShortfallTrend GetReport CreateSubscription ListSubscriptions GetSubscription UpdateSubscription DeleteSubscription ListSubscriptionDeliveries ListJobs RunJob",
        ["admin"] = "IssueApiKey ListApiKeys GetApiKey RevokeApiKey CheckIndexConsistency GetMetrics",
    };

    private int _sequence;

    public static string RoleFor(ApiOperation operation, Random random) =>
        operation.Anonymous ? "anonymous"
        : Roles.FirstOrDefault(r => r.Value.Split(' ').Contains(operation.Id)).Key
            ?? new[] { "admin", "school", "company", "coordinator" }[random.Next(4)];

    public FuzzRequest Valid(ApiOperation operation)
    {
        var path = operation.Path;
        foreach (var parameter in operation.ParametersIn("path"))
        {
            var name = parameter["name"]!.GetValue<string>();
            path = path.Replace("{" + name + "}", PathValue(operation, name, parameter["schema"]!));
        }
        var query = new List<KeyValuePair<string, string>>();
        foreach (var parameter in operation.ParametersIn("query").Where(p => p["required"]?.GetValue<bool>() == true || random.Next(2) == 0))
        {
            var name = parameter["name"]!.GetValue<string>();
            if (Value(parameter["schema"]!, name) is { } value)
            {
                query.Add(new(name, Text(value)));
            }
        }
        DomainRules.KeepInQuery(query);
        var headers = new Dictionary<string, string>();
        foreach (var parameter in operation.ParametersIn("header").Where(p => p["required"]?.GetValue<bool>() == true || random.Next(2) == 0))
        {
            var name = parameter["name"]!.GetValue<string>();
            // If-Match is filled in with the resource's current ETag just before sending.
            headers[name] = name == "If-Match" ? "" : Text(Value(parameter["schema"]!, name)!);
        }
        var body = operation.BodySchema is { } schema ? Value(schema, "") : null;
        var role = RoleFor(operation, random);
        if (body is JsonObject obj)
        {
            DomainRules.KeepForCaller(obj, operation, role, world);
        }
        return new FuzzRequest(operation, role, path, query, headers, body);
    }

    /// <summary>Every way to break one constraint of the operation's parameters and body, each applied to a valid request.</summary>
    public IEnumerable<FuzzRequest> Invalid(ApiOperation operation)
    {
        foreach (var parameter in operation.Parameters)
        {
            var name = parameter["name"]!.GetValue<string>();
            var location = parameter["in"]!.GetValue<string>();
            if (name == "If-Match")
            {
                continue; // its values are all strings; which ones match is state, not shape
            }
            foreach (var (broken, value) in BrokenValues(document.Resolve(parameter["schema"]!), asText: true))
            {
                var request = Valid(operation);
                var text = value is null ? null : Text(value);
                if (location == "path" && text is not null)
                {
                    var template = operation.Path;
                    foreach (var other in operation.ParametersIn("path").Where(p => p["name"]!.GetValue<string>() != name))
                    {
                        template = template.Replace("{" + other["name"] + "}", request.Path.Split('/')[System.Array.IndexOf(operation.Path.Split('/'), "{" + other["name"] + "}")]);
                    }
                    yield return request with { Path = template.Replace("{" + name + "}", Uri.EscapeDataString(text)), Broken = $"path {name}: {broken}" };
                }
                else if (location == "query" && text is not null)
                {
                    request.Query.RemoveAll(q => q.Key == name);
                    request.Query.Add(new(name, text));
                    yield return request with { Broken = $"query {name}: {broken}" };
                }
                else if (location == "header" && text is { Length: > 0 })
                {
                    request.Headers[name] = text;
                    yield return request with { Broken = $"header {name}: {broken}" };
                }
            }
        }
        if (operation.BodySchema is not { } body)
        {
            yield break;
        }
        var schema = document.Resolve(body);
        var required = (schema["required"]?.AsArray() ?? []).Select(r => r!.GetValue<string>()).ToHashSet();
        foreach (var (name, property) in schema["properties"]?.AsObject() ?? [])
        {
            if (required.Contains(name))
            {
                yield return Mutate(operation, $"body {name}: required but missing", obj => obj.Remove(name));
            }
            foreach (var (broken, value) in BrokenValues(document.Resolve(property!), asText: false))
            {
                yield return Mutate(operation, $"body {name}: {broken}", obj => obj[name] = value?.DeepClone());
            }
        }
        yield return Valid(operation) with { RawBody = "{\"malformed\": ", Broken = "body: malformed JSON" };
        yield return Valid(operation) with { RawBody = "[]", Broken = "body: an array instead of an object" };
        yield return Valid(operation) with { ContentType = "text/plain", Broken = "body: sent as text/plain" };
        if (operation.BodyRequired)
        {
            yield return Valid(operation) with { SendBody = false, Broken = "body: required but missing" };
        }
    }

    private FuzzRequest Mutate(ApiOperation operation, string broken, Action<JsonObject> change)
    {
        var request = Valid(operation);
        change(request.Body!.AsObject());
        return request with { Broken = broken };
    }

    /// <summary>Values that break one constraint each: the wrong type, out of range, too long or short, off the pattern or the enum.</summary>
    private IEnumerable<(string Broken, JsonNode? Value)> BrokenValues(JsonObject schema, bool asText)
    {
        var types = SchemaChecker.Types(schema);
        var type = types.FirstOrDefault(t => t != "null");
        if (type is "integer" or "number" or "boolean" || schema["format"]?.GetValue<string>() is "uuid" or "date" or "date-time")
        {
            yield return ("wrong type", "not-a-" + (schema["format"]?.GetValue<string>() ?? type));
        }
        else if (type == "string" && !asText)
        {
            yield return ("wrong type", 12345);
        }
        else if (type is "array" or "object" && !asText)
        {
            yield return ("wrong type", "text");
        }
        if (!types.Contains("null") && !asText && type is not null)
        {
            yield return ("null", null);
        }
        if (schema["minimum"] is { } minimum)
        {
            yield return ("below minimum", minimum.GetValue<decimal>() - 1);
        }
        if (schema["maximum"] is { } maximum)
        {
            yield return ("above maximum", maximum.GetValue<decimal>() + 1);
        }
        if (schema["maxLength"] is { } maxLength)
        {
            yield return ("too long", new string('a', maxLength.GetValue<int>() + 1));
        }
        if (schema["minLength"]?.GetValue<int>() is > 0 and var minLength)
        {
            yield return ("too short", new string('a', minLength - 1));
        }
        if (schema["pattern"] is not null)
        {
            yield return ("off the pattern", "bad value!");
        }
        if (schema["enum"] is not null)
        {
            yield return ("not in the enum", "no-such-value");
        }
        if (schema["maxItems"] is { } maxItems)
        {
            yield return ("too many items", new JsonArray([.. Enumerable.Range(0, maxItems.GetValue<int>() + 1).Select(_ => Value(schema["items"]!, ""))]));
        }
        if (schema["minItems"]?.GetValue<int>() is > 0)
        {
            yield return ("too few items", new JsonArray());
        }
    }

    private string PathValue(ApiOperation operation, string name, JsonNode schema)
    {
        var collection = operation.CollectionOf(name);
        // A delete or a state change never picks what the world set up, so later phases still find it; the resource it
        // acts on is the path's last parameter (a company's accreditation: the accreditation, not the company).
        var destructive = (operation.Method == "DELETE" || operation.Phase == 2 && operation.Method == "POST")
            && operation.ParametersIn("path").Last()["name"]!.GetValue<string>() == name;
        if (world.Ids.TryGetValue(collection, out var ids))
        {
            var candidates = destructive ? ids.Where(id => !world.Core.Contains(id)).ToList() : ids;
            return candidates.Count > 0 ? candidates[random.Next(candidates.Count)] : Guid.NewGuid().ToString();
        }
        return Text(Value(schema, name)!);
    }

    /// <summary>A valid value for a schema; name hints at what it refers to. Null: leave it out.</summary>
    public JsonNode? Value(JsonNode schemaNode, string name)
    {
        var schema = document.Resolve(schemaNode);
        if (Hint(name) is { } hinted)
        {
            return hinted.GetValueKind() == System.Text.Json.JsonValueKind.String && SchemaChecker.Types(schema).Contains("string")
                && (schema["minLength"]?.GetValue<int>() ?? 0) == 0 && schema["pattern"] is null && schema["format"] is null && random.Next(8) == 0
                ? ""
                : hinted;
        }
        if (schema["oneOf"] is JsonArray alternatives)
        {
            return Value(alternatives.First(a => !SchemaChecker.Types(document.Resolve(a!)).SequenceEqual(["null"]))!, name);
        }
        if (schema["enum"] is JsonArray values)
        {
            var options = values.Where(v => v is not null).ToList();
            return options[random.Next(options.Count)]!.DeepClone();
        }
        var type = SchemaChecker.Types(schema).FirstOrDefault(t => t != "null") ?? (schema["properties"] is not null ? "object" : "string");
        return type switch
        {
            "object" => Object(schema, ApiDocument.RefName(schemaNode)),
            "array" => Array(schema, name),
            "integer" => (long)Number(schema, 1, 50),
            "number" => Number(schema, 1, 50),
            "boolean" => random.Next(2) == 0,
            _ => String(schema, name),
        };
    }

    private JsonObject Object(JsonObject schema, string? schemaName)
    {
        var obj = new JsonObject();
        var required = (schema["required"]?.AsArray() ?? []).Select(r => r!.GetValue<string>()).ToHashSet();
        foreach (var (name, property) in schema["properties"]?.AsObject() ?? [])
        {
            if ((required.Contains(name) || random.Next(3) > 0) && Value(property!, name) is { } value)
            {
                obj[name] = value;
            }
        }
        DomainRules.Keep(obj, schemaName, world, random);
        return obj;
    }

    private JsonArray Array(JsonObject schema, string name)
    {
        var min = schema["minItems"]?.GetValue<int>() ?? 0;
        var max = Math.Min(schema["maxItems"]?.GetValue<int>() ?? 3, 3);
        var count = random.Next(min, Math.Max(min, max) + 1);
        var items = new JsonArray();
        foreach (var item in Enumerable.Range(0, count).Select(_ => Value(schema["items"]!, Singular(name))))
        {
            if (item is not null && !items.Any(i => JsonNode.DeepEquals(i, item)))
            {
                items.Add(item);
            }
        }
        return items;
    }

    private decimal Number(JsonObject schema, decimal low, decimal high)
    {
        var min = schema["minimum"]?.GetValue<decimal>() ?? low;
        var max = schema["maximum"]?.GetValue<decimal>() ?? Math.Max(high, min);
        // The bounds are where off-by-one mistakes live, so they come up often.
        return random.Next(4) switch
        {
            0 => min,
            1 => max,
            _ => min + (decimal)random.NextDouble() * (max - min) is var d && SchemaChecker.Types(schema).Contains("integer") ? decimal.Round(d) : decimal.Round(d, 2),
        };
    }

    private string String(JsonObject schema, string name)
    {
        // An empty string is valid wherever minLength allows it, so it is tried as often as any other value.
        if ((schema["minLength"]?.GetValue<int>() ?? 0) == 0 && schema["format"] is null
            && schema["pattern"] is null && random.Next(8) == 0)
        {
            return "";
        }
        switch (schema["format"]?.GetValue<string>())
        {
            case "uuid":
                return Guid.NewGuid().ToString();
            case "date":
                return Date(0).ToString("yyyy-MM-dd");
            case "date-time":
                return DateTimeOffset.UtcNow.AddDays(random.Next(-30, 30)).ToString("O");
        }
        if (schema["pattern"]?.GetValue<string>() is "^[!-~]{1,255}$")
        {
            return "fz-" + random.Next() + "-" + Interlocked.Increment(ref _sequence);
        }
        // A candidateRef's form: most name no candidate, which a ranking ignores, as it does any ineligible entry.
        if (schema["pattern"]?.GetValue<string>() is "^[0-9a-f]{16}$")
        {
            var bytes = new byte[8];
            random.NextBytes(bytes);
            return Convert.ToHexStringLower(bytes);
        }
        var min = schema["minLength"]?.GetValue<int>() ?? 0;
        var max = schema["maxLength"]?.GetValue<int>() ?? 60;
        var text = new StringBuilder();
        while (text.Length < min || (text.Length < Math.Min(max, 40) && random.Next(3) > 0))
        {
            text.Append(text.Length == 0 ? "" : " ").Append(Words[random.Next(Words.Length)]);
        }
        var result = text.ToString();
        return result.Length > max ? result[..max].TrimEnd() is { Length: > 0 } cut && cut.Length >= min ? cut : new string('a', Math.Max(min, 1)) : result;
    }

    /// <summary>Values that must name something that exists, or follow a rule the schema cannot state.</summary>
    private JsonNode? Hint(string name) => name switch
    {
        "crebo" => world.Qualifications[random.Next(world.Qualifications.Count)].Crebo,
        "pc4" or "nearPc4" => world.Postcodes[random.Next(world.Postcodes.Count)],
        "sector" or "sectorCode" or "preferredSector" => world.Sectors[random.Next(world.Sectors.Count)],
        // Mostly the coordinator's own region, so that its requests are in scope.
        "region" or "code" => random.Next(3) > 0 ? "rijnmond" : world.Regions[random.Next(world.Regions.Count)],
        "language" => Languages[random.Next(Languages.Length)],
        "studentId" or "offerId" or "companyId" or "apiKeyId" => Id(name[..^2] switch { "apiKey" => "api-keys", "company" => "companies", var n => n + "s" }),
        "externalRef" => $"FZ-{random.Next(1000)}-{Interlocked.Increment(ref _sequence)}",
        "kvk" => $"{random.Next(10_000_000, 99_999_999)}",
        "brin" or "schoolBrin" => $"{random.Next(10, 99)}{(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}",
        "email" or "contactEmail" => $"fz{Interlocked.Increment(ref _sequence)}@example.nl",
        "webhookUrl" => $"https://hooks.example.nl/fz/{Interlocked.Increment(ref _sequence)}",
        "week" or "isoWeek" => world.Week,
        _ => null,
    };

    private JsonNode Id(string collection) =>
        world.Ids.TryGetValue(collection, out var ids) && ids.Count > 0 ? ids[random.Next(ids.Count)] : Guid.NewGuid().ToString();

    private DateOnly Date(int afterDays) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(afterDays + random.Next(14, 300));

    private static string Singular(string name) => name switch
    {
        "crebos" => "crebo",
        "studentIds" => "studentId",
        "preferredSectors" or "sectors" => "sector",
        "regions" => "region",
        "languages" => "language",
        _ => name,
    };

    private static string Text(JsonNode value) => value is JsonValue v && v.TryGetValue<string>(out var s) ? s : value.ToJsonString();
}
