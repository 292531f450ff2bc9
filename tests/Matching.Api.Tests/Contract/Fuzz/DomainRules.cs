using System.Text.Json.Nodes;

namespace Matching.Api.Tests.Contract.Fuzz;

/// <summary>
/// The rules between fields that the document states in words rather than in a schema, applied to generated values so
/// that a valid request is valid: a student's level and path are its crebo's, periods end after they start, offset +
/// limit stays within 10,000, a radius needs a PC4, a subscription has a channel, a key has its role's scope, a round's period
/// is at most 366 days and its deadline to come.
/// </summary>
public static class DomainRules
{
    private static readonly (string From, string To)[] Periods =
        [("availableFrom", "availableUntil"), ("startDate", "endDate"), ("startFrom", "startTo"), ("startFrom", "startUntil"), ("validFrom", "validUntil"), ("levelMin", "levelMax")];

    public static void Keep(JsonObject obj, string? schemaName, FuzzWorld world, Random random)
    {
        foreach (var (from, to) in Periods)
        {
            if (obj[from] is { } start && obj[to] is { } end && Compare(start, end) > 0)
            {
                (obj[from], obj[to]) = (end.DeepClone(), start.DeepClone());
            }
        }
        switch (schemaName)
        {
            case "StudentRequest" or "AccreditationRequest":
                var (crebo, level, paths) = world.Qualifications[random.Next(world.Qualifications.Count)];
                obj["crebo"] = crebo;
                obj["learningPath"] = paths[random.Next(paths.Length)];
                if (schemaName == "StudentRequest")
                {
                    obj["level"] = level;
                }
                break;
            case "OfferSearchRequest":
                if ((obj.ContainsKey("radiusKm") || obj["sort"]?.GetValue<string>() == "distance") && obj["nearPc4"] is null)
                {
                    obj["nearPc4"] = world.Postcodes[0];
                }
                KeepWindow(obj);
                break;
            case "PlacementRequest" when obj.ContainsKey("endDate") && !obj.ContainsKey("startDate"):
                // Without a start the placement starts when offer and student both can: an end before that is refused.
                obj.Remove("endDate");
                break;
            case "SubscriptionRequest" or "AlertSubscriptionRequest":
                if (obj["webhookUrl"] is null)
                {
                    obj.Remove("webhookSecret");
                    obj["email"] ??= $"fz{random.Next()}@example.nl";
                }
                else
                {
                    obj["webhookSecret"] ??= "fz-secret-" + random.Next(100_000, 999_999) + "-long-enough";
                }
                break;
            case "ApiKeyRequest":
                KeepScope(obj, random, world);
                break;
            case "PlacementRoundRequest":
                // A start period of at most 366 days, and rankings taken until a time still to come.
                if (obj["startFrom"] is { } from && obj["startUntil"] is { } until
                    && DateOnly.Parse(from.GetValue<string>()).AddDays(366) is var latest && DateOnly.Parse(until.GetValue<string>()) > latest)
                {
                    obj["startUntil"] = latest.ToString("yyyy-MM-dd");
                }
                obj["preferencesDeadline"] = DateTimeOffset.UtcNow.AddDays(random.Next(1, 60)).ToString("O");
                break;
        }
    }

    /// <summary>What a caller may send: a school or company key writes for itself only, an admin names whom it writes for.</summary>
    public static void KeepForCaller(JsonObject body, ApiOperation operation, string role, FuzzWorld world)
    {
        switch (operation.Id)
        {
            case "CreateStudent" or "UpdateStudent" or "UpsertStudents":
                body.Remove("schoolBrin");
                if (body["students"] is JsonArray rows)
                {
                    foreach (var row in rows.OfType<JsonObject>())
                    {
                        row.Remove("schoolBrin");
                    }
                }
                break;
            case "CreateCompany" or "UpdateCompany":
                body["kvk"] = Matching.Tests.Service.ApiTestBase.CompanyKvk;
                break;
            case "CreateOffer" or "UpdateOffer":
                body.Remove("companyId");
                break;
            case "CreatePlacementRound":
                // A coordinator key creates rounds within what it follows.
                body["regions"] = new JsonArray("rijnmond");
                body.Remove("sectors");
                break;
            case "CreateAlertSubscription" or "UpdateAlertSubscription":
                // A school key subscribes its own school.
                body.Remove("schoolBrin");
                break;
            case "CreateSubscription" or "UpdateSubscription":
                body.Remove("apiKeyId");
                // A coordinator key subscribes within what it follows.
                body["regions"] = new JsonArray("rijnmond");
                body.Remove("sectors");
                break;
        }
    }

    public static void KeepInQuery(List<KeyValuePair<string, string>> query)
    {
        var values = query.ToDictionary(q => q.Key, q => q.Value);
        if (values.TryGetValue("offset", out var offset) && int.TryParse(offset, out var skip) && skip > 5000)
        {
            query.RemoveAll(q => q.Key == "offset");
            query.Add(new("offset", (skip % 5000).ToString()));
        }
        foreach (var (from, to) in Periods.Where(p => values.ContainsKey(p.From) && values.ContainsKey(p.To)))
        {
            if (string.CompareOrdinal(values[from], values[to]) > 0)
            {
                query.RemoveAll(q => q.Key == to);
            }
        }
    }

    // Results past the 10,000th are not served (offset + limit at most 10,000, as the descriptions say).
    private static void KeepWindow(JsonObject obj)
    {
        var limit = obj["limit"] is { } l ? (int)Number(l) : 20;
        if (obj["offset"] is { } o && Number(o) is var offset && offset + limit > 10_000)
        {
            obj["offset"] = 10_000 - limit;
        }
    }

    private static void KeepScope(JsonObject obj, Random random, FuzzWorld world)
    {
        var role = obj["role"]!.GetValue<string>();
        if (role != "school")
        {
            obj.Remove("brin");
        }
        else
        {
            obj["brin"] ??= $"{random.Next(10, 99)}QQ";
        }
        if (role != "company")
        {
            obj.Remove("kvk");
        }
        else
        {
            obj["kvk"] ??= $"{random.Next(10_000_000, 99_999_999)}";
        }
        if (role != "coordinator")
        {
            obj.Remove("regions");
            obj.Remove("sectors");
        }
        else if (obj["regions"] is not JsonArray { Count: > 0 } && obj["sectors"] is not JsonArray { Count: > 0 })
        {
            obj["regions"] = new JsonArray(world.Regions[random.Next(world.Regions.Count)]);
        }
    }

    private static int Compare(JsonNode a, JsonNode b) =>
        a is JsonValue x && x.TryGetValue<string>(out var s) && b is JsonValue y && y.TryGetValue<string>(out var t)
            ? string.CompareOrdinal(s, t)
            : Number(a).CompareTo(Number(b));

    // Generated values hold a long or a decimal, parsed ones a JsonElement: the text reads the same for both.
    public static decimal Number(JsonNode node) => decimal.Parse(node.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture);
}
