namespace Matching.Api.Reference;

/// <summary>A labour-market region with its municipalities.</summary>
public sealed record RegionDetails(string Code, string Name, IReadOnlyList<Municipality> Municipalities);
