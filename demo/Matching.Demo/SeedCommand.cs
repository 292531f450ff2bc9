using Matching.Api.Data;
using Matching.Api.Reference;
using Matching.Jobs;
using Matching.Jobs.Shortfalls;
using Npgsql;

namespace Matching.Demo;

/// <summary>
/// seed: first what a node's start-up does to the database (<see cref="DatabaseInitializer"/>: migrations, reference
/// data and Hangfire's schema), then <see cref="DemoSeeder"/> under the same migration lock, so that a node starting
/// meanwhile waits for the demo instead of loading empty indexes. Running it again changes nothing.
/// </summary>
public static class SeedCommand
{
    public static async Task RunAsync(IConfiguration configuration, CancellationToken cancellationToken)
    {
        await using var services = Compose(configuration);
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        var seeder = services.GetRequiredService<DemoSeeder>();
        await services.GetRequiredService<SchemaMigrator>().MigrateAsync(seeder.SeedAsync, cancellationToken);
    }

    // The part of the service's composition that the database's set-up and the seeder need, on the same settings.
    private static ServiceProvider Compose(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Matching")
            ?? throw new InvalidOperationException("Set ConnectionStrings:Matching (environment: ConnectionStrings__Matching).");
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddLogging(logging => logging.AddConfiguration(configuration.GetSection("Logging")).AddSimpleConsole(console => console.SingleLine = true));
        services.Configure<JobsOptions>(configuration.GetSection(JobsOptions.Section));
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        services.AddSingleton(_ => ReferenceDataSet.Embedded);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<SchemaMigrator>();
        services.AddSingleton<ReferenceDataLoader>();
        services.AddSingleton<DatabaseInitializer>();
        services.AddSingleton<ShortfallCalculator>();
        services.AddSingleton<DemoSeeder>();
        return services.BuildServiceProvider();
    }
}
