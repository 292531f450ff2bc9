namespace Matching.Engine.Search;

/// <summary>One result.</summary>
/// <param name="Id">The document's id.</param>
/// <param name="Score">The final score.</param>
/// <param name="DistanceKm">Distance from the request's origin, when it has one and the document has a location.</param>
/// <param name="Explanation">How the score came about, when asked for.</param>
public sealed record SearchHit(Guid Id, float Score, double? DistanceKm, Explanation? Explanation);
