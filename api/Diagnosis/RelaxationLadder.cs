namespace Matching.Api.Diagnosis;

/// <summary>The steps of one kind of relaxation, nearest first: a diagnosis reports the first that adds an offer, or else the last.</summary>
internal sealed record RelaxationLadder(IReadOnlyList<RelaxationStep> Steps);
