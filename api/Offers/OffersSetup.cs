namespace Matching.Api.Offers;

internal static class OffersSetup
{
    /// <summary>Offers: their storage.</summary>
    public static void AddOffers(this WebApplicationBuilder builder) =>
        builder.Services.AddSingleton<OfferRepository>();
}
