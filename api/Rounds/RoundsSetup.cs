namespace Matching.Api.Rounds;

internal static class RoundsSetup
{
    /// <summary>Placement rounds: their storage, the run on this node's indexes and the confirmation.</summary>
    public static void AddPlacementRounds(this WebApplicationBuilder builder) => builder.Services
        .AddSingleton<PlacementRoundRepository>()
        .AddSingleton<RoundRankingRepository>()
        .AddSingleton<RoundProposalRepository>()
        .AddSingleton<RoundRunner>()
        .AddSingleton<RoundConfirmation>();
}
