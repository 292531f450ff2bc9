using Microsoft.Extensions.Options;
using Npgsql;

namespace Matching.Api.Data;

internal static class StorageSetup
{
    /// <summary>Data access: the one data source of the process, the migrator and the start-up that runs it.</summary>
    public static void AddMatchingStorage(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.Section)
            .Configure<IConfiguration>((options, configuration) =>
                options.ConnectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName) ?? "")
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(services => new NpgsqlDataSourceBuilder(services.GetRequiredService<IOptions<DatabaseOptions>>().Value.DataSourceConnectionString())
            .UseLoggerFactory(services.GetRequiredService<ILoggerFactory>())
            .Build());
        builder.Services.AddSingleton<SchemaMigrator>();
        builder.Services.AddSingleton<DatabaseInitializer>();
    }
}
