namespace Matching.Api.Rounds;

internal static class RoundsSetup
{
    /// <summary>Placement rounds: their storage, the run on this node's indexes and the confirmation.</summary>
    public static IServiceCollection AddPlacementRounds(this IServiceCollection services) => services
        .AddSingleton<PlacementRoundRepository>()
        .AddSingleton<RoundRankingRepository>()
        .AddSingleton<RoundProposalRepository>()
        .AddSingleton<RoundRunner>()
        .AddSingleton<RoundConfirmation>();
}
