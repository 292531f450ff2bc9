namespace Matching.Api.Matches;

internal static class MatchesSetup
{
    /// <summary>Matches for a student and candidates for an offer, on this node's indexes, with their settings ("Matching").</summary>
    public static void AddMatches(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MatchOptions>().BindConfiguration(MatchOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<OfferMatcher>();
        builder.Services.AddSingleton<CandidateMatcher>();
    }
}
