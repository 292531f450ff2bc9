using Matching.Engine.Geo;

namespace Matching.Engine.Search;

/// <summary>
/// Gaussian decay on the distance from <see cref="Origin"/>, as Elasticsearch's <c>gauss</c> on a geo point:
/// 1 up to <see cref="OffsetKm"/>, <see cref="Decay"/> at <see cref="OffsetKm"/> + <see cref="ScaleKm"/>
/// (see <see cref="GaussianDecay"/>). Documents without a location get 1, as in Elasticsearch.
/// </summary>
/// <param name="Origin">The point of no decay.</param>
/// <param name="ScaleKm">Distance past the offset where the factor is <see cref="Decay"/>; above 0.</param>
/// <param name="OffsetKm">Distance with no decay; at least 0.</param>
/// <param name="Decay">The factor at offset + scale; between 0 and 1, exclusive.</param>
public sealed record GeoDistanceDecay(GeoPoint Origin, double ScaleKm, double OffsetKm = 0, double Decay = 0.5) : ScoreFunction;
