namespace Matching.Api.Rounds;

/// <summary>A run's result as it is stored: one line per student in scope and the offers with their places.</summary>
internal sealed record RoundProposal(RoundSummary Summary, IReadOnlyList<ProposedLine> Students, IReadOnlyList<(Guid Id, int Places)> Offers);
