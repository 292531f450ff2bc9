using Matching.Api.ApiKeys;
using Matching.Api.Companies;
using Matching.Api.Offers;
using Matching.Api.Placements;
using Matching.Api.Reference;
using Matching.Api.Students;
using Matching.Api.Subscriptions;
using Matching.Jobs;
using Npgsql;

namespace Matching.Api.Data;

internal static class StorageSetup
{
    public static void AddMatchingStorage(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString("Matching")
            ?? throw new InvalidOperationException("Set ConnectionStrings:Matching (environment: ConnectionStrings__Matching).");
        // Short connect and command timeouts: with the database gone a request fails fast with 503 instead of hanging.
        var settings = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Timeout = builder.Configuration.GetValue("Database:ConnectTimeoutSeconds", 5),
            CommandTimeout = builder.Configuration.GetValue("Database:CommandTimeoutSeconds", 30),
        };
        // Statements the service runs again and again are prepared on each connection (Npgsql's automatic preparation),
        // so PostgreSQL parses and plans them once rather than on every request. A connection string may set its own.
        // (NpgsqlConnectionStringBuilder.ContainsKey tells whether a keyword is known, not whether it was given, so
        // a value still at Npgsql's default is what marks a setting the connection string left alone.)
        if (settings.MaxAutoPrepare == 0)
        {
            settings.MaxAutoPrepare = builder.Configuration.GetValue("Database:MaxAutoPrepare", 64);
        }
        // A pooled connection is otherwise reset each time it goes back to the pool: half a dozen statements (DISCARD ALL,
        // or CLOSE ALL, RESET ALL, UNLISTEN * and more once it holds prepared statements) that PostgreSQL runs before the
        // next request's own. The service leaves no session state on a pooled connection (transactions end, the
        // migration lock is released, the change listener unlistens), so there is nothing to reset.
        if (!settings.NoResetOnClose)
        {
            settings.NoResetOnClose = builder.Configuration.GetValue("Database:NoResetOnClose", true);
        }

        var withTimeouts = settings.ConnectionString;
        builder.Services.AddSingleton(services => new NpgsqlDataSourceBuilder(withTimeouts)
            .UseLoggerFactory(services.GetRequiredService<ILoggerFactory>())
            .Build());
        builder.Services.AddSingleton(_ => ReferenceDataSet.LoadEmbedded());
        builder.AddMatchingJobs(connectionString);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SchemaMigrator>();
        builder.Services.AddSingleton<ReferenceDataLoader>();
        builder.Services.AddSingleton<QualificationFinder>();
        builder.Services.AddSingleton<QualificationSuccessors>();
        builder.Services.AddSingleton<DatabaseInitializer>();
        builder.Services.AddSingleton<ApiKeyRepository>();
        builder.Services.AddSingleton<StudentRepository>();
        builder.Services.AddSingleton<CompanyRepository>();
        builder.Services.AddSingleton<OfferRepository>();
        builder.Services.AddSingleton<PlacementRepository>();
        builder.Services.AddSingleton<Privacy.StudentViewLog>();
        builder.Services.AddSingleton<SubscriptionRepository>();
    }
}
