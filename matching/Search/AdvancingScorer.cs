using Matching.Engine.Index;

namespace Matching.Engine.Search;

// Checks and scores the text for candidates that another side of the conjunction produced (a rare keyword filter, or
// the rarest required term), in doc order, as Lucene's ConjunctionDISI verifies its costlier iterators: each clause's
// postings cursor advances to the candidate (PostingsCursor.Advance), so a long postings list is leapt through rather
// than read. The clause scores are added in clause order, in the same precision as the term-at-a-time scan
// (IndexSearcher.ScoreWindow), so the scores are the same to the bit.
internal sealed class AdvancingScorer : IDisposable
{
    private readonly QueryPlan _plan;
    private readonly TextPostings[] _postings;
    private readonly PostingsCursor[] _cursors;
    private readonly int[] _required;
    private readonly int[] _requiredLengths;
    private readonly int[] _should;

    // Clauses are numbered as in QueryPlan.Range: positive first, then negative.
    public AdvancingScorer(QueryPlan plan)
    {
        _plan = plan;
        var count = plan.Positive.Length + plan.Negative.Length;
        _postings = new TextPostings[count];
        _cursors = new PostingsCursor[count];
        for (var c = 0; c < count; c++)
        {
            _cursors[c] = PostingsCursor.Rent();
        }

        _required = new int[plan.RequiredCount];
        _requiredLengths = new int[plan.RequiredCount];
        _should = new int[plan.Positive.Length - plan.RequiredCount];
        for (int c = 0, required = 0, should = 0; c < plan.Positive.Length; c++)
        {
            if (plan.Positive[c].IsRequired)
            {
                _required[required++] = c;
            }
            else
            {
                _should[should++] = c;
            }
        }
    }

    public void Bind(int segmentIndex, Segment segment)
    {
        var positive = _plan.Positive;
        for (var c = 0; c < _postings.Length; c++)
        {
            _postings[c] = segment.Text[c < positive.Length ? positive[c].Field : _plan.Negative[c - positive.Length].Field];
            _cursors[c].Reset(_postings[c], _plan.TermId(segmentIndex, c));
        }

        // The rarest required term first: it rules out the most candidates for the least leaping.
        for (var i = 0; i < _required.Length; i++)
        {
            _requiredLengths[i] = _cursors[_required[i]].Length;
        }

        Array.Sort(_requiredLengths, _required);
    }

    // Whether doc has every required term, no must-not term and at least minimumShouldMatch should terms. Call it with
    // ascending docs; after true, Sums reads the doc's scores at the cursors.
    public bool Matches(int doc)
    {
        foreach (var c in _required)
        {
            if (!Contains(c, doc))
            {
                return false;
            }
        }

        for (var c = _plan.Positive.Length; c < _postings.Length; c++)
        {
            if (Contains(c, doc))
            {
                return false;
            }
        }

        // Every should cursor advances, even past minimumShouldMatch: Sums needs them all at doc.
        var should = 0;
        foreach (var c in _should)
        {
            should += Contains(c, doc) ? 1 : 0;
        }

        return should >= _plan.MinimumShouldMatch;
    }

    // The required and optional sums of the doc that Matches last accepted.
    public void Sums(int doc, out double required, out double optional)
    {
        required = optional = 0;
        var positive = _plan.Positive;
        for (var c = 0; c < positive.Length; c++)
        {
            var cursor = _cursors[c];
            var postings = _postings[c];
            if (cursor.Doc != doc)
            {
                continue;
            }

            var clause = positive[c];
            var score = clause.IsScoring
                ? Bm25Similarity.Score(clause.Weight, cursor.Freq, _plan.NormInverseCaches[clause.Field]![postings.Norms[doc]])
                : 0f;
            if (clause.IsRequired)
            {
                required += score;
            }
            else
            {
                optional += score;
            }
        }
    }

    public void Dispose()
    {
        foreach (var cursor in _cursors)
        {
            PostingsCursor.Return(cursor);
        }
    }

    private bool Contains(int c, int doc) => _cursors[c].Advance(doc) == doc;
}
