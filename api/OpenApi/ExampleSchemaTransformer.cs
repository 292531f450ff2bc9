using System.Text.Json.Nodes;
using Matching.Api.Alerts;
using Matching.Api.ApiKeys;
using Matching.Api.Companies;
using Matching.Api.Offers;
using Matching.Api.Placements;
using Matching.Api.Students;
using Matching.Api.Subscriptions;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Matching.Api.OpenApi;

/// <summary>
/// Realistic examples for the request bodies, so Swagger UI's "Try it out" starts from a request that succeeds on the demo
/// data (<see cref="ExampleValues"/>).
/// </summary>
internal sealed class ExampleSchemaTransformer : IOpenApiSchemaTransformer
{
    private static readonly Dictionary<Type, string> Examples = new()
    {
        [typeof(StudentRequest)] = $$"""
            {"externalRef": "{{ExampleValues.NewStudentExternalRef}}", "crebo": 25774, "level": 2, "learningPath": "BOL", "pc4": 3072, "maxDistanceKm": 15,
             "availableFrom": "2027-02-01", "availableUntil": "2027-07-01", "hoursPerWeek": 32,
             "preferredSectors": ["mobiliteit-transport-logistiek-maritiem"],
             "freeText": "ik zoek een stage in een magazijn, heb mijn heftruckcertificaat en werk graag in ploegen", "languages": ["nl", "en"]}
            """,
        [typeof(CompanyRequest)] = $$"""
            {"kvk": "{{ExampleValues.NewCompanyKvk}}", "name": "Waalhaven Logistics B.V.", "sectorCode": "mobiliteit-transport-logistiek-maritiem", "pc4": 3089,
             "contactEmail": "stages@waalhaven-logistics.example"}
            """,
        [typeof(AccreditationRequest)] = """{"crebo": 25774, "learningPath": "BOL", "validFrom": "2026-01-01"}""",
        [typeof(OfferRequest)] = """
            {"title": "Stagiair logistiek medewerker magazijn (BOL)",
             "description": "In ons magazijn aan de Waalhaven pick je orders met de WMS-scanner, rijd je heftruck en help je bij het laden van containers.",
             "requirements": "Je volgt Logistiek medewerker niveau 2. VCA is een pre.", "crebos": [25774], "levelMin": 2, "levelMax": 3,
             "learningPath": "BOL", "startDate": "2027-02-01", "endDate": "2027-06-30", "places": 2, "hoursPerWeek": 32,
             "monthlyAllowanceEuros": 350, "languages": ["nl"]}
            """,
        [typeof(PlacementRequest)] = $$"""{"studentId": "{{ExampleValues.StudentId}}", "offerId": "{{ExampleValues.OfferId}}"}""",
        [typeof(Matches.BatchMatchRequest)] = $$"""{"studentIds": ["{{ExampleValues.StudentId}}"], "limit": 5}""",
        [typeof(Diagnosis.BatchDiagnosisRequest)] = $$"""{"studentIds": ["{{ExampleValues.StudentId}}"]}""",
        [typeof(OfferSearch.OfferSearchRequest)] = """
            {"text": "heftruck magazijn", "learningPath": "BOL", "region": "rijnmond", "nearPc4": 3072, "radiusKm": 15,
             "startFrom": "2027-01-01", "sort": "relevance", "limit": 10}
            """,
        [typeof(SubscriptionRequest)] = """
            {"regions": ["rijnmond"], "sectors": ["mobiliteit-transport-logistiek-maritiem"],
             "webhookUrl": "https://rmc.example.nl/hooks/shortfalls", "webhookSecret": "use-a-long-random-secret-here",
             "email": "coordinator@rmc.example.nl"}
            """,
        [typeof(AlertSubscriptionRequest)] = """
            {"learningPath": "BOL", "regions": ["rijnmond"],
             "webhookUrl": "https://portal.school.example.nl/hooks/offer-alerts", "webhookSecret": "use-a-long-random-secret-here",
             "email": "stagebureau@school.example.nl"}
            """,
        [typeof(ApiKeyRequest)] = """{"name": "Albeda portal", "role": "school", "brin": "25LH", "schoolName": "Albeda"}""",
    };

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo is null && Examples.TryGetValue(context.JsonTypeInfo.Type, out var example))
        {
            schema.Examples = [JsonNode.Parse(example)!];
        }
        return Task.CompletedTask;
    }
}
