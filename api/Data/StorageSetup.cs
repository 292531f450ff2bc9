using Matching.Api.ApiKeys;
using Matching.Api.Companies;
using Matching.Api.Demo;
using Matching.Api.Offers;
using Matching.Api.Placements;
using Matching.Api.Reference;
using Matching.Api.Students;
using Matching.Api.Subscriptions;
using Matching.Jobs;
using Matching.Jobs.Reports;
using Npgsql;

namespace Matching.Api.Data;

internal static class StorageSetup
{
    public static void AddMatchingStorage(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString("Matching")
            ?? throw new InvalidOperationException("Set ConnectionStrings:Matching (environment: ConnectionStrings__Matching).");
        builder.Services.AddSingleton(services => new NpgsqlDataSourceBuilder(connectionString)
            .UseLoggerFactory(services.GetRequiredService<ILoggerFactory>())
            .Build());
        builder.Services.AddSingleton(_ => ReferenceDataSet.LoadEmbedded());
        builder.AddMatchingJobs(connectionString);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SchemaMigrator>();
        builder.Services.AddSingleton<ReferenceDataLoader>();
        builder.Services.AddSingleton<QualificationFinder>();
        builder.Services.AddSingleton<DemoSeeder>();
        builder.Services.AddSingleton<DatabaseInitializer>();
        builder.Services.AddSingleton<ApiKeyRepository>();
        builder.Services.AddSingleton<StudentRepository>();
        builder.Services.AddSingleton<CompanyRepository>();
        builder.Services.AddSingleton<OfferRepository>();
        builder.Services.AddSingleton<PlacementRepository>();
        builder.Services.AddSingleton<Shortfalls.ShortfallRepository>();
        builder.Services.AddSingleton<Shortfalls.ShortfallReportBuilder>();
        builder.Services.AddSingleton<IShortfallReportSource>(services => services.GetRequiredService<Shortfalls.ShortfallReportBuilder>());
        builder.Services.AddSingleton<SubscriptionRepository>();
    }
}
