using Matching.Engine.Geo;

namespace Matching.Engine.Search;

/// <summary>Keeps documents whose location is at most <see cref="RadiusKm"/> from <see cref="Center"/> (<see cref="Haversine"/>). Documents without a location fail.</summary>
/// <param name="Center">The center.</param>
/// <param name="RadiusKm">The radius in km, inclusive.</param>
/// <param name="RadiusField">A numeric field holding each document's own radius in km; a document passes only within both radii, and fails without a value.</param>
public sealed record GeoDistanceFilter(GeoPoint Center, double RadiusKm, string? RadiusField = null) : SearchFilter;
