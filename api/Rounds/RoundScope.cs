namespace Matching.Api.Rounds;

/// <summary>Who takes part in a run: students by registration (the baseline's order), and offers with their free places.</summary>
internal sealed record RoundScope(IReadOnlyList<Guid> Students, IReadOnlyList<(Guid Id, int Places)> Offers);
