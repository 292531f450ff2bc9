using Matching.Demo;
using Matching.Tests.Service;
using Microsoft.Extensions.Configuration;

namespace Matching.Api.Tests.Infrastructure;

/// <summary>run.sh's step before it starts the service: the demo's seed command migrates the database and loads the demo.</summary>
internal static class DemoSeed
{
    public static Task SeedAsync(string connectionString, string? keysFile = null) =>
        SeedCommand.RunAsync(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Matching"] = connectionString,
            ["Demo:KeysFile"] = keysFile,
            // run.sh gives the seed and the service the same bootstrap key, which the keys file names as the admin's.
            ["Auth:BootstrapAdminKey"] = MatchingApiFactory.AdminKey,
            ["Logging:LogLevel:Default"] = "Warning",
        }).Build(), CancellationToken.None);
}
