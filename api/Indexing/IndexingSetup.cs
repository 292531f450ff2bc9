using Matching.Api.Health;

namespace Matching.Api.Indexing;

internal static class IndexingSetup
{
    public static void AddMatchIndexes(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<Matches.MatchOptions>().BindConfiguration(Matches.MatchOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<MatchIndexes>();
        builder.Services.AddSingleton<IndexSource>();
        builder.Services.AddSingleton<ChangeFeed>();
        builder.Services.AddSingleton<IndexConsistencyChecker>();
        builder.Services.AddSingleton<IndexSynchronizer>();
        builder.Services.AddSingleton<Matches.OfferMatcher>();
        builder.Services.AddSingleton<Matches.CandidateMatcher>();
        builder.Services.AddSingleton<OfferSearch.OfferSearchMetrics>();
        builder.Services.AddSingleton(_ => Privacy.NameMasker.Default);
        builder.Services.AddHostedService(services => services.GetRequiredService<IndexSynchronizer>());
        builder.Services.AddHealthChecks().AddCheck<IndexReadinessCheck>("indexes", tags: [HealthSetup.ReadyTag]);
    }
}
