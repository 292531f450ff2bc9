namespace Matching.Api.OfferSearch;

internal static class OfferSearchSetup
{
    /// <summary>Free-text search of offers on this node's offer index (its settings are the "Matching" section's, see AddMatches).</summary>
    public static void AddOfferSearch(this WebApplicationBuilder builder) =>
        builder.Services.AddSingleton<OfferSearchMetrics>();
}
