using Matching.Engine.Geo;

namespace Matching.Engine.Search;

/// <summary>Keeps documents whose location is at most <see cref="RadiusKm"/> from <see cref="Center"/> (<see cref="Haversine"/>). Documents without a location fail.</summary>
/// <param name="Center">The center.</param>
/// <param name="RadiusKm">The radius in km, inclusive.</param>
public sealed record GeoDistanceFilter(GeoPoint Center, double RadiusKm) : SearchFilter;
