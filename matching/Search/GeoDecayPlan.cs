using Matching.Engine.Index;

namespace Matching.Engine.Search;

internal sealed class GeoDecayPlan(GeoDistanceDecay function, bool atOrigin) : DecayPlan
{
    private Segment _segment = null!;

    public override void Bind(Segment segment) => _segment = segment;

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
        if (double.IsNaN(_segment.Latitude(doc)))
        {
            return double.NaN;
        }

        return atOrigin ? originDistance : _segment.DistanceKm(function.Origin, doc);
    }
}
