// The README's first requests through a client that Kiota generated from openapi.yaml: a school registers a student,
// the demo leerbedrijf posts an offer, the student's matches hold it, and the school proposes the student for it.
// Arguments: the service's base URL and the demo keys file that run.sh writes.
using System.Text.Json;
using Matching.Client;
using Matching.Client.Models;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

var (baseUrl, keysFile) = (args[0], args[1]);
var keys = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(keysFile))!;
MatchingClient ClientFor(string role)
{
    var auth = new BaseBearerTokenAuthenticationProvider(new StaticToken(keys[role]));
    return new MatchingClient(new HttpClientRequestAdapter(auth) { BaseUrl = baseUrl });
}
var school = ClientFor("school");
var company = ClientFor("company");

var first = DateTime.Today.AddMonths(2);
var start = new Date(first.Year, first.Month, 1);
var end = new Date(first.AddMonths(5).Year, first.AddMonths(5).Month, 1);
var student = await school.V1.Students.PostAsync(new StudentRequest
{
    ExternalRef = $"STU-CLIENT-{Guid.NewGuid():N}"[..24], Crebo = 25774, Level = 2, LearningPath = StudentRequest_learningPath.BOL, Pc4 = 3072,
    MaxDistanceKm = 15, AvailableFrom = start, AvailableUntil = end,
    FreeText = "ik zoek een stage in een magazijn, heb mijn heftruckcertificaat",
});
Console.WriteLine($"student {student!.Id}");
var offer = await company.V1.Offers.PostAsync(new OfferRequest
{
    Title = "Stagiair logistiek medewerker magazijn (BOL)", Description = "In ons magazijn pick je orders met de WMS-scanner.",
    Crebos = [25774], LevelMin = 2, LevelMax = 3, LearningPath = OfferRequest_learningPath.BOL, StartDate = start, EndDate = end, Places = 2,
});
Console.WriteLine($"offer {offer!.Id}");
// The index follows the change sequence: a moment after the write, the offer is among the student's matches.
MatchResult? found = null;
for (var attempt = 0; attempt < 50 && found is null; attempt++)
{
    var matches = await school.V1.Students[student.Id!.Value].Matches.GetAsync(c => c.QueryParameters.Limit = 100);
    found = matches!.Items!.FirstOrDefault(m => m.Offer?.Id == offer.Id);
    if (found is null)
    {
        await Task.Delay(100);
    }
}
if (found is null)
{
    Console.Error.WriteLine("The new offer is not among the student's matches.");
    return 1;
}
Console.WriteLine($"match score {found.Score:0.###}");
var placement = await school.V1.Placements.PostAsync(new PlacementRequest { StudentId = student.Id, OfferId = offer.Id });
Console.WriteLine($"placement {placement!.Id} {placement.Status}");
try
{
    await school.V1.Students.PostAsync(new StudentRequest { ExternalRef = "STU-CLIENT-BAD", Crebo = 99999, Level = 2, LearningPath = StudentRequest_learningPath.BOL, Pc4 = 3072, AvailableFrom = start });
    Console.Error.WriteLine("An unknown crebo was accepted.");
    return 1;
}
catch (HttpValidationProblemDetails problem)
{
    Console.WriteLine($"400 {string.Join("; ", problem.Errors!.AdditionalData.Keys)}");
}
return 0;

sealed class StaticToken(string token) : IAccessTokenProvider
{
    public AllowedHostsValidator AllowedHostsValidator { get; } = new();

    public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(token);
}
