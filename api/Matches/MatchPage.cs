namespace Matching.Api.Matches;

/// <summary>A page of ranked results with the number of eligible items in all.</summary>
public sealed record MatchPage<T>(IReadOnlyList<T> Items, int Total, int Limit, int Offset);
