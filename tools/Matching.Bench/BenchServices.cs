using Matching.Api.Data;
using Matching.Api.Indexing;
using Matching.Api.Reference;
using Matching.Api.Students;

namespace Matching.Bench;

// The service's own composition (storage, reference data, students, match indexes) without its web host, so the bench
// migrates, reads and indexes exactly as a node does. Hosted services are registered but never started.
internal static class BenchServices
{
    public static WebApplication Build(string connectionString)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        // Loading a national dataset and the baseline's set-up run for minutes: no command timeout for the bench.
        builder.Configuration["ConnectionStrings:Matching"] = new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ConnectionString;
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddMatchingStorage();
        builder.AddReferenceData();
        builder.AddStudents();
        builder.AddMatchIndexes();
        return builder.Build();
    }
}
