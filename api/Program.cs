using Matching.Api.Alerts;
using Matching.Api.ApiKeys;
using Matching.Api.Auth;
using Matching.Api.Companies;
using Matching.Api.Data;
using Matching.Api.Diagnosis;
using Matching.Api.Health;
using Matching.Api.Http;
using Matching.Api.Idempotency;
using Matching.Api.Indexing;
using Matching.Api.Matches;
using Matching.Api.Offers;
using Matching.Api.OfferSearch;
using Matching.Api.OpenApi;
using Matching.Api.Placements;
using Matching.Api.Privacy;
using Matching.Api.Reference;
using Matching.Api.Rounds;
using Matching.Api.Scheduling;
using Matching.Api.Shortfalls;
using Matching.Api.Students;
using Matching.Api.Subscriptions;
using Matching.Api.Telemetry;
using Microsoft.Extensions.Options;

var builder = WebApplication.CreateBuilder(args);

// What the features stand on: the clock, storage, the scheduled jobs, security, HTTP, the API document, health, the
// match indexes and telemetry.
builder.Services.AddSingleton(TimeProvider.System);
builder.AddMatchingStorage();
builder.AddScheduledJobs();
builder.AddMatchingSecurity();
builder.AddJobsDashboard();
builder.AddMatchingHttp();
builder.AddMatchingIdempotency();
builder.AddMatchingOpenApi();
builder.AddMatchingHealthChecks();
builder.AddMatchIndexes();
builder.AddMatchingTelemetry();

// The features, each with its own services.
builder.AddReferenceData();
builder.AddStudents();
builder.AddStudentPrivacy();
builder.AddCompanies();
builder.AddOffers();
builder.AddPlacements();
builder.AddPlacementRounds();
builder.AddMatches();
builder.AddMatchDiagnosis();
builder.AddOfferSearch();
builder.AddSubscriptions();
builder.AddOfferAlerts();
builder.AddApiKeys();

var app = builder.Build();

// Every setting is checked before the node touches the database: a wrong one stops it at once, with a message naming it.
app.Services.GetRequiredService<IStartupValidator>().Validate();
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
v1.MapMatchDiagnosis();
v1.MapOfferSearch();
v1.MapShortfalls();
v1.MapSubscriptions();
v1.MapAlertSubscriptions();
v1.MapJobs();
v1.MapApiKeys();
v1.MapIndexAdmin();

app.Run();

public partial class Program;
