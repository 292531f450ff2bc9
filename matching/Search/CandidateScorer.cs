using Matching.Engine.Index;

namespace Matching.Engine.Search;

// Scores a query's text for one candidate at a time, when the filters chose the candidates and the text only
// ranks them. It looks the query's terms of each field up among the candidate's own terms (the segment's forward
// index, in term id order) by binary search, so the cost follows the number of query terms and the log of the
// candidate's length rather than the length of the postings lists. The clause scores are then added in clause
// order, in the same precision as the term-at-a-time scan (IndexSearcher.ScoreWindow), so the scores are the same
// to the bit. A window's matches are scored together, after Prefetch has read where each one's terms lie
// (IndexSearcher.ScoreMatches).
internal sealed class CandidateScorer
{
    private readonly QueryPlan _plan;
    private readonly float[] _scores;
    private readonly int[] _stamps;
    private FieldTerms[] _fields = [];
    private int[] _present = [];
    private Segment _segment = null!;
    private int _stamp;

    // What Prefetch read, kept so that its reads are not optimised away.
    private int _touched;

    public CandidateScorer(QueryPlan plan)
    {
        _plan = plan;
        _scores = new float[plan.Positive.Length];
        _stamps = new int[plan.Positive.Length];
    }

    // Binds to a segment: the positive clauses whose terms it holds, grouped by field and sorted by term id.
    public void Bind(int segmentIndex, Segment segment)
    {
        _segment = segment;
        var positive = _plan.Positive;
        var present = new List<int>(positive.Length);
        var byField = new Dictionary<int, List<(int TermId, int Clause)>>();
        for (var c = 0; c < positive.Length; c++)
        {
            var termId = _plan.TermId(segmentIndex, c);
            if (termId < 0)
            {
                continue;
            }

            present.Add(c);
            if (!byField.TryGetValue(positive[c].Field, out var terms))
            {
                byField[positive[c].Field] = terms = [];
            }

            terms.Add((termId, c));
        }

        _present = [.. present];
        _fields = [.. byField.Select(pair => FieldTerms.Of(pair.Key, pair.Value))];
    }

    // Reads each doc's terms (a term of each cache line they span), its first frequency and its norm in each field, doc
    // after doc: the reads do not wait on each other, so the processor has many in flight at once, and Score then finds
    // them in cache.
    public void Prefetch(int[] locals, int count, int windowStart)
    {
        var sum = 0;
        foreach (var field in _fields)
        {
            var postings = _segment.Text[field.Field];
            var norms = postings.Norms;
            for (var i = 0; i < count; i++)
            {
                var doc = windowStart + locals[i];
                sum += postings.Forward.Touch(doc) + norms[doc];
            }
        }

        _touched = sum;
    }

    // The doc's required and optional sums, and whether any clause's term is in it.
    public bool Score(int doc, out double required, out double optional)
    {
        _stamp++;
        var hasTerms = false;
        foreach (var field in _fields)
        {
            hasTerms |= ScoreField(field, doc);
        }

        required = optional = 0;
        if (!hasTerms)
        {
            return false;
        }

        var positive = _plan.Positive;
        foreach (var c in _present)
        {
            if (_stamps[c] != _stamp)
            {
                continue;
            }

            if (positive[c].IsRequired)
            {
                required += _scores[c];
            }
            else
            {
                optional += _scores[c];
            }
        }

        return true;
    }

    // Finds the query's terms of one field among the doc's by binary search, ascending; records each matching clause's
    // score.
    private bool ScoreField(FieldTerms field, int doc)
    {
        var forward = _segment.Text[field.Field].Forward;
        var (from, end) = forward.Range(doc);
        var queryTerms = field.TermIds;
        var found = false;
        for (var q = 0; q < queryTerms.Length && from < end;)
        {
            var at = forward.Find(queryTerms[q], from, end);
            if (at < 0)
            {
                from = ~at;
                q++;
                continue;
            }

            q = Record(field, doc, q, forward.FreqByteAt(at));
            found = true;
            from = at + 1;
        }

        return found;
    }

    // One term can stand in more than one clause (a must and a should, say): each of the clauses from q on with the
    // doc's term gets its score. Returns the first query term after them.
    private int Record(FieldTerms field, int doc, int q, int freqByte)
    {
        var postings = _segment.Text[field.Field];
        var queryTerms = field.TermIds;
        var term = queryTerms[q];
        for (; q < queryTerms.Length && queryTerms[q] == term; q++)
        {
            var c = field.Clauses[q];
            var clause = _plan.Positive[c];
            _scores[c] = clause.IsScoring
                ? Bm25Similarity.Score(clause.Weight, postings.DocTermFreq(doc, term, freqByte), _plan.NormInverseCaches[clause.Field]![postings.Norms[doc]])
                : 0f;
            _stamps[c] = _stamp;
        }

        return q;
    }

    private sealed record FieldTerms(int Field, int[] TermIds, int[] Clauses)
    {
        public static FieldTerms Of(int field, List<(int TermId, int Clause)> terms)
        {
            terms.Sort();
            return new FieldTerms(field, [.. terms.Select(term => term.TermId)], [.. terms.Select(term => term.Clause)]);
        }
    }
}
