using Matching.Engine.Index;

namespace Matching.Engine.Search;

internal sealed class PreferencePlan(int field, PreferenceBoost boost)
{
    private KeywordValues _values = null!;
    private int _ord = -1;

    public PreferenceBoost Boost { get; } = boost;

    public void Bind(Segment segment)
    {
        _values = segment.Keywords[field];
        _ord = _values.Ord(Boost.Value);
    }

    public bool Matches(int doc) => _ord >= 0 && _values.Has(doc, _ord);

    // Reads the doc's values without waiting on the answer (see CandidateScorer.Prefetch).
    public int Touch(int doc) => _ord >= 0 ? _values.Touch(doc) : 0;
}
