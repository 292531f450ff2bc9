using Matching.Api.Health;

namespace Matching.Api.Indexing;

internal static class IndexingSetup
{
    /// <summary>This node's match indexes: loaded at start-up (from its snapshot, or rebuilt), then following the change sequence; ready once caught up.</summary>
    public static void AddMatchIndexes(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<IndexingOptions>().BindConfiguration(IndexingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<MatchIndexes>();
        builder.Services.AddSingleton<IndexSource>();
        builder.Services.AddSingleton<ChangeFeed>();
        builder.Services.AddSingleton<ChangeBarrier>();
        builder.Services.AddSingleton<IndexSnapshots>();
        builder.Services.AddSingleton<IndexConsistencyChecker>();
        builder.Services.AddSingleton<IndexSynchronizer>();
        builder.Services.AddHostedService(services => services.GetRequiredService<IndexSynchronizer>());
        builder.Services.AddHealthChecks().AddCheck<IndexReadinessCheck>("indexes", tags: [HealthSetup.ReadyTag]);
    }
}
