using Matching.Engine.Index;

namespace Matching.Engine.Search;

// A decay function ready to score documents of one segment at a time.
internal abstract class DecayPlan
{
    public abstract void Bind(Segment segment);

    // The factor in float, as it enters the product.
    public abstract float Factor(int doc, double originDistance);

    // Explains Factor; its value is exactly the factor.
    public abstract Explanation Explain(int doc, double originDistance);

    protected static Explanation ExplainGauss(float factor, string what, double value, double origin, double scale, double offset, double decay) =>
        new(factor, $"gauss decay on {what}: exp(-max(0, |value - origin| - offset)^2 / (2 * sigma^2)) with sigma^2 = -scale^2 / (2 * ln(decay)), from:",
        [
            new Explanation((float)value, "value"),
            new Explanation((float)origin, "origin"),
            new Explanation((float)offset, "offset"),
            new Explanation((float)scale, "scale"),
            new Explanation((float)decay, "decay"),
        ]);
}
