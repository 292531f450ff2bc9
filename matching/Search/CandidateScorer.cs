using Matching.Engine.Index;

namespace Matching.Engine.Search;

// Scores a query's text for one candidate at a time, when the filters chose the candidates and the text only
// ranks them. It looks the shorter of the query's terms and the candidate's own terms (the segment's forward index, in
// term id order) up in the longer by binary search, so the cost follows the shorter side and the log of the longer
// rather than the length of the postings lists. The clause scores are then added in clause order, in the same precision
// as the term-at-a-time scan (IndexSearcher.ScoreWindow), so the scores are the same to the bit. A window's matches are
// scored together, after Prefetch has read where each one's terms lie (IndexSearcher.ScoreMatches).
internal sealed class CandidateScorer
{
    private readonly QueryPlan _plan;
    private readonly float[] _scores;
    // The clauses the doc matched, in the order they were found.
    private readonly int[] _matched;
    private int _matchedCount;
    private FieldTerms[] _fields = [];
    private Segment _segment = null!;

    // What Prefetch read, kept so that its reads are not optimised away.
    private int _touched;

    public CandidateScorer(QueryPlan plan)
    {
        _plan = plan;
        _scores = new float[plan.Positive.Length];
        _matched = new int[plan.Positive.Length];
    }

    // Binds to a segment: the positive clauses whose terms it holds, grouped by field and sorted by term id.
    public void Bind(int segmentIndex, Segment segment)
    {
        _segment = segment;
        var positive = _plan.Positive;
        var byField = new Dictionary<int, List<(int TermId, int Clause)>>();
        for (var c = 0; c < positive.Length; c++)
        {
            var termId = _plan.TermId(segmentIndex, c);
            if (termId < 0)
            {
                continue;
            }

            if (!byField.TryGetValue(positive[c].Field, out var terms))
            {
                byField[positive[c].Field] = terms = [];
            }

            terms.Add((termId, c));
        }

        _fields = [.. byField.Select(pair => FieldTerms.Of(pair.Key, pair.Value))];
    }

    // Reads each doc's terms (a term of each cache line they span), its first frequency and its norm in each field, and
    // the values its preferences look at, doc after doc: the reads do not wait on each other, so the processor has many
    // in flight at once, and Score and the preference factor then find them in cache.
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

        foreach (var preference in _plan.Preferences)
        {
            for (var i = 0; i < count; i++)
            {
                sum += preference.Touch(windowStart + locals[i]);
            }
        }

        _touched = sum;
    }

    // The doc's required and optional sums, and whether any clause's term is in it.
    public bool Score(int doc, out double required, out double optional)
    {
        _matchedCount = 0;
        foreach (var field in _fields)
        {
            ScoreField(field, doc);
        }

        required = optional = 0;
        if (_matchedCount == 0)
        {
            return false;
        }

        // Added in clause order, as the term-at-a-time scan adds them: an insertion sort, as a doc matches a few clauses.
        var matched = _matched.AsSpan(0, _matchedCount);
        for (var i = 1; i < matched.Length; i++)
        {
            var c = matched[i];
            var j = i - 1;
            for (; j >= 0 && matched[j] > c; j--)
            {
                matched[j + 1] = matched[j];
            }

            matched[j + 1] = c;
        }

        var positive = _plan.Positive;
        foreach (var c in matched)
        {
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

    // Finds the terms the query and the doc share in one field, ascending, and records each matching clause's score.
    // The shorter side leads and is looked up in the longer by binary search: an offer's long text as the query against
    // a student's few words, or a student's few words against an offer's long text.
    private void ScoreField(FieldTerms field, int doc)
    {
        var forward = _segment.Text[field.Field].Forward;
        var (from, end) = forward.Range(doc);
        var queryTerms = field.TermIds;
        if (end - from < queryTerms.Length)
        {
            for (int at = from, q = 0; at < end && q < queryTerms.Length; at++)
            {
                var term = forward.TermAt(at);
                q = LowerBound(queryTerms, term, q);
                if (q < queryTerms.Length && queryTerms[q] == term)
                {
                    q = Record(field, doc, q, forward.FreqByteAt(at));
                }
            }

            return;
        }

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
            from = at + 1;
        }
    }

    // The first position from `from` on whose term is at least term.
    private static int LowerBound(int[] terms, int term, int from)
    {
        var low = from;
        var high = terms.Length;
        while (low < high)
        {
            var middle = (int)((uint)(low + high) >> 1);
            if (terms[middle] < term)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
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
            _matched[_matchedCount++] = c;
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
