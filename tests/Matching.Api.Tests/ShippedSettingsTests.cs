using Matching.Api.Auth;
using Matching.Api.Data;
using Matching.Api.Http;
using Matching.Api.Idempotency;
using Matching.Api.Indexing;
using Matching.Api.Matches;
using Matching.Api.Scheduling;
using Matching.Api.Telemetry;
using Matching.Jobs;
using Matching.Jobs.Alerts;
using Matching.Jobs.Delivery;
using Matching.Jobs.Retention;
using Matching.Tests.Service;
using Microsoft.Extensions.Configuration;

namespace Matching.Api.Tests;

/// <summary>api/appsettings.json documents the settings: each value it shows is the one the node has without it.</summary>
public sealed class ShippedSettingsTests
{
    private static readonly IConfiguration Shipped = new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(ServiceProcess.RepositoryRoot(), "api", "appsettings.json"))
        .Build();

    public static TheoryData<Type, string> Sections => new()
    {
        { typeof(DatabaseOptions), DatabaseOptions.Section },
        { typeof(HttpOptions), HttpOptions.Section },
        { typeof(LimitsOptions), LimitsOptions.Section },
        { typeof(CorsOriginsOptions), CorsOriginsOptions.Section },
        { typeof(AuthOptions), AuthOptions.Section },
        { typeof(RateLimitingOptions), RateLimitingOptions.Section },
        { typeof(IdempotencyOptions), IdempotencyOptions.Section },
        { typeof(IndexingOptions), IndexingOptions.Section },
        { typeof(MatchOptions), MatchOptions.Section },
        { typeof(TelemetryOptions), TelemetryOptions.Section },
        { typeof(JobsDashboardOptions), JobsDashboardOptions.Section },
        { typeof(JobsOptions), JobsOptions.Section },
        { typeof(RetentionOptions), RetentionOptions.Section },
        { typeof(DeliveryOptions), DeliveryOptions.Section },
        { typeof(SmtpOptions), SmtpOptions.Section },
        { typeof(AlertOptions), AlertOptions.Section },
    };

    [Theory]
    [MemberData(nameof(Sections))]
    public void The_shipped_settings_are_the_defaults(Type options, string section)
    {
        var defaults = Activator.CreateInstance(options);

        var shipped = Shipped.GetSection(section).Get(options) ?? Activator.CreateInstance(options);

        Assert.Equivalent(defaults, shipped, strict: true);
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public void The_readme_lists_every_setting_of_the_section(Type options, string section)
    {
        var table = Readme.Section("## Configuration");
        var keys = options.GetProperties()
            .Where(property => property.CanWrite && !NotForOperators.Contains($"{section}:{property.Name}"))
            .Select(property => $"{section}__{property.Name}");

        // A list setting is shown with its first index (`Cors__AllowedOrigins__0`).
        Assert.All(keys, key => Assert.True(table.Contains($"`{key}`") || table.Contains($"`{key}__"), $"README.md's configuration table has no `{key}`."));
    }

    // The connection string is listed as ConnectionStrings__Matching.
    private static readonly HashSet<string> NotForOperators = ["Database:ConnectionString"];
}
