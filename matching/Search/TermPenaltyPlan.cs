using Matching.Engine.Index;

namespace Matching.Engine.Search;

internal sealed class TermPenaltyPlan(int[] fields, TermPenalty penalty)
{
    // Per field of the bound segment: the term's postings, and its id there or -1.
    private readonly (TextPostings Postings, int Term)[] _terms = new (TextPostings, int)[fields.Length];

    public TermPenalty Penalty { get; } = penalty;

    public void Bind(Segment segment)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            var postings = segment.Text[fields[i]];
            _terms[i] = (postings, postings.TryGetPostings(Penalty.Term, out var term, out _, out _) ? term : -1);
        }
    }

    public bool Matches(int doc)
    {
        foreach (var (postings, term) in _terms)
        {
            if (term >= 0 && postings.FreqOf(term, doc) > 0)
            {
                return true;
            }
        }

        return false;
    }
}
