namespace Matching.Api.Placements;

internal static class PlacementsSetup
{
    /// <summary>Placements: their storage.</summary>
    public static void AddPlacements(this WebApplicationBuilder builder) =>
        builder.Services.AddSingleton<PlacementRepository>();
}
