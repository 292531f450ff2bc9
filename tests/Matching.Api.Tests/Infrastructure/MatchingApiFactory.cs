using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Matching.Api.Tests.Infrastructure;

/// <summary>The real service in memory, on its own real PostgreSQL database.</summary>
public sealed class MatchingApiFactory(string connectionString, IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    public const string AdminKey = "test-bootstrap-admin-key-0123456789abcdef";

    public string ConnectionString { get; } = connectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Matching", ConnectionString);
        builder.UseSetting("Auth:BootstrapAdminKey", AdminKey);
        // Tests make many requests from one key; the rate-limit test sets its own, lower budget.
        builder.UseSetting("RateLimiting:BurstLimit", "100000");
        builder.UseSetting("RateLimiting:RequestsPerSecond", "100000");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
    }
}
