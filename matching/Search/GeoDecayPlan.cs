using Matching.Engine.Geo;
using Matching.Engine.Index;

namespace Matching.Engine.Search;

internal sealed class GeoDecayPlan(GeoDistanceDecay function, bool atOrigin) : DecayPlan
{
    private double[] _locations = [];

    public override void Bind(Segment segment) => _locations = segment.Locations!;

    public override float Factor(int doc, double originDistance)
    {
        var distance = Distance(doc, originDistance);
        return double.IsNaN(distance)
            ? 1f
            : (float)GaussianDecay.Evaluate(distance, 0, function.ScaleKm, function.OffsetKm, function.Decay);
    }

    public override Explanation Explain(int doc, double originDistance)
    {
        var distance = Distance(doc, originDistance);
        return double.IsNaN(distance)
            ? new Explanation(1f, "gauss decay on distance: the document has no location, so 1")
            : ExplainGauss(Factor(doc, originDistance), $"distance in km from ({function.Origin.Latitude}, {function.Origin.Longitude})",
                distance, 0, function.ScaleKm, function.OffsetKm, function.Decay);
    }

    private double Distance(int doc, double originDistance)
    {
        if (double.IsNaN(_locations[2 * doc]))
        {
            return double.NaN;
        }

        return atOrigin ? originDistance : Haversine.DistanceKm(function.Origin.Latitude, function.Origin.Longitude, _locations[2 * doc], _locations[(2 * doc) + 1]);
    }
}
