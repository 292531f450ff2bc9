using Matching.Api.Alerts;
using Matching.Api.Auth;
using Matching.Api.ApiKeys;
using Matching.Api.Companies;
using Matching.Api.Data;
using Matching.Api.Health;
using Matching.Api.Http;
using Matching.Api.Indexing;
using Matching.Api.Matches;
using Matching.Api.Offers;
using Matching.Api.OfferSearch;
using Matching.Api.OpenApi;
using Matching.Api.Placements;
using Matching.Api.Reference;
using Matching.Api.Rounds;
using Matching.Api.Scheduling;
using Matching.Api.Shortfalls;
using Matching.Api.Students;
using Matching.Api.Subscriptions;
using Matching.Api.Telemetry;

var builder = WebApplication.CreateBuilder(args);

builder.AddMatchingStorage();
builder.AddMatchingSecurity();
builder.AddJobsDashboard();
builder.AddMatchingHttp();
builder.AddMatchingOpenApi();
builder.AddMatchingHealthChecks();
builder.AddMatchIndexes();
builder.AddOfferAlerts();
builder.Services.AddPlacementRounds();
builder.AddMatchingTelemetry();

var app = builder.Build();

await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);

app.UseMatchingHttp();
app.MapMatchingHealthChecks();
app.MapMatchingOpenApi();
app.MapJobsDashboard();
app.MapMatchingMetrics();

var v1 = app.MapGroup("/v1");
v1.MapReferenceData();
v1.MapStudents();
v1.MapCompanies();
v1.MapOffers();
v1.MapPlacements();
v1.MapPlacementRounds();
v1.MapMatches();
v1.MapOfferSearch();
v1.MapShortfalls();
v1.MapSubscriptions();
v1.MapAlertSubscriptions();
v1.MapJobs();
v1.MapApiKeys();
v1.MapIndexAdmin();

app.Run();

public partial class Program;
