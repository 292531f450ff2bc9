using Matching.Engine.Index;

namespace Matching.Engine.Search;

internal sealed class NumericDecayPlan(int field, NumericDecay function) : DecayPlan
{
    private NumericValues _values = null!;

    public override void Bind(Segment segment) => _values = segment.Numbers[field];

    public override float Factor(int doc, double originDistance) =>
        _values.TryGet(doc, out var value)
            ? (float)GaussianDecay.Evaluate(value, function.Origin, function.Scale, function.Offset, function.Decay)
            : 1f;

    public override Explanation Explain(int doc, double originDistance) =>
        _values.TryGet(doc, out var value)
            ? ExplainGauss(Factor(doc, originDistance), function.Field, value, function.Origin, function.Scale, function.Offset, function.Decay)
            : new Explanation(1f, $"gauss decay on {function.Field}: the document has no value, so 1");
}
