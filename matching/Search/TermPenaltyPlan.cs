using Matching.Engine.Index;

namespace Matching.Engine.Search;

internal sealed class TermPenaltyPlan(int[] fields, TermPenalty penalty)
{
    // Per field of the bound segment: the term's postings, or an empty range.
    private readonly (TextPostings Postings, int Start, int End)[] _ranges = new (TextPostings, int, int)[fields.Length];

    public TermPenalty Penalty { get; } = penalty;

    public void Bind(Segment segment)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            var postings = segment.Text[fields[i]];
            _ranges[i] = postings.TryGetPostings(Penalty.Term, out var start, out var end) ? (postings, start, end) : (postings, 0, 0);
        }
    }

    public bool Matches(int doc)
    {
        foreach (var (postings, start, end) in _ranges)
        {
            if (end > start && postings.FreqOf(start, end, doc) > 0)
            {
                return true;
            }
        }

        return false;
    }
}
