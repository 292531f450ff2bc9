using System.Numerics;
using Matching.Engine.Index;

namespace Matching.Engine.Search;

// Scores a query's text for one candidate at a time, when the filters chose the candidates and the text only
// ranks them. It reads the candidate's own terms (the segment's forward index, in term id order) through a filter of the
// query's terms, and walks the query's terms along the few the filter may hold; a query of a few terms against a
// candidate's many looks each up by binary search instead. So the cost follows the candidate's terms, not the length of
// the postings lists. The clause scores are then added in clause order, in the same precision as the term-at-a-time scan
// (IndexSearcher.ScoreWindow), so the scores are the same to the bit. A window's matches are scored together, after
// Prefetch has read where each one's terms lie (IndexSearcher.ScoreMatches).
internal sealed class CandidateScorer
{
    // A doc's terms are scanned, rather than searched for each query term, unless they outnumber the query's by this
    // factor: a binary search step mispredicts about half the time, a step of the scan seldom does.
    private const int SearchesPerScan = 16;

    private readonly QueryPlan _plan;
    private readonly bool[] _required;
    private readonly float[] _scores;
    // The clauses the doc matched, a bit each, so that they are added up in clause order without sorting them.
    private readonly ulong[] _matched;
    private int _matchedCount;
    private FieldTerms[] _fields = [];

    // What Prefetch read, kept so that its reads are not optimised away.
    private int _touched;

    public CandidateScorer(QueryPlan plan)
    {
        _plan = plan;
        _required = [.. plan.Positive.Select(clause => clause.IsRequired)];
        _scores = new float[plan.Positive.Length];
        _matched = new ulong[(plan.Positive.Length + 63) >> 6];
    }

    // Binds to a segment: the positive clauses whose terms it holds, grouped by field and sorted by term id.
    public void Bind(int segmentIndex, Segment segment)
    {
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

        _fields = [.. byField.Select(pair => FieldTerms.Of(_plan, segment.Text[pair.Key], pair.Value))];
    }

    // Reads each doc's terms (a term of each cache line they span), its first frequency and its norm in each field, and
    // the values its preferences look at, doc after doc: the reads do not wait on each other, so the processor has many
    // in flight at once, and Score and the preference factor then find them in cache.
    public void Prefetch(int[] locals, int count, int windowStart)
    {
        var sum = 0;
        foreach (var field in _fields)
        {
            var norms = field.Postings.Norms;
            for (var i = 0; i < count; i++)
            {
                var doc = windowStart + locals[i];
                sum += field.Forward.Touch(doc) + norms[doc];
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

        // Added in clause order, as the term-at-a-time scan adds them.
        for (var word = 0; word < _matched.Length; word++)
        {
            var bits = _matched[word];
            _matched[word] = 0;
            while (bits != 0)
            {
                var c = (word << 6) + BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
                if (_required[c])
                {
                    required += _scores[c];
                }
                else
                {
                    optional += _scores[c];
                }
            }
        }

        return true;
    }

    // Finds the terms the query and the doc share in one field, ascending, and records each matching clause's score.
    // A few query terms against a doc's many are looked up in them by binary search. Otherwise the doc's terms are
    // scanned through the query terms' filter, and the query terms are walked along with them: an offer's long text as
    // the query against a student's few words, or a student's many words against an offer's.
    private void ScoreField(FieldTerms field, int doc)
    {
        var forward = field.Forward;
        var (from, end) = forward.Range(doc);
        var queryTerms = field.TermIds;
        var normInverse = field.NormInverse[field.Postings.Norms[doc]];
        if (queryTerms.Length * SearchesPerScan < end - from)
        {
            for (var q = 0; q < queryTerms.Length && from < end;)
            {
                var at = forward.Find(queryTerms[q], from, end);
                if (at < 0)
                {
                    from = ~at;
                    q++;
                    continue;
                }

                q = Record(field, doc, q, forward.FreqByteAt(at), normInverse);
                from = at + 1;
            }

            return;
        }

        for (int at = forward.NextMaybeIn(field.Filter, from, end), q = 0; at < end; at = forward.NextMaybeIn(field.Filter, at + 1, end))
        {
            var term = forward.TermAt(at);
            q = Gallop(queryTerms, term, q);
            if (q == queryTerms.Length)
            {
                return;
            }

            if (queryTerms[q] == term)
            {
                q = Record(field, doc, q, forward.FreqByteAt(at), normInverse);
                if (q == queryTerms.Length)
                {
                    return;
                }
            }
        }
    }

    // The first position from `from` on whose term is at least term, found by steps that double and then a binary search
    // between the last two: a few reads when it is near, as the next shared term mostly is, and a log of the distance
    // when the query's terms far outnumber the doc's.
    private static int Gallop(int[] terms, int term, int from)
    {
        var step = 1;
        var low = from;
        while (low < terms.Length && terms[low] < term)
        {
            from = low + 1;
            low += step;
            step <<= 1;
        }

        var high = Math.Min(low, terms.Length);
        while (from < high)
        {
            var middle = (int)((uint)(from + high) >> 1);
            if (terms[middle] < term)
            {
                from = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return from;
    }

    // One term can stand in more than one clause (a must and a should, say): each of the clauses from q on with the
    // doc's term gets its score. Returns the first query term after them.
    private int Record(FieldTerms field, int doc, int q, int freqByte, float normInverse)
    {
        var queryTerms = field.TermIds;
        var term = queryTerms[q];
        var freq = field.Postings.DocTermFreq(doc, term, freqByte);
        for (; q < queryTerms.Length && queryTerms[q] == term; q++)
        {
            var c = field.Clauses[q];
            _scores[c] = field.Scoring[q] ? Bm25Similarity.Score(field.Weights[q], freq, normInverse) : 0f;
            _matched[c >> 6] |= 1UL << c;
            _matchedCount++;
        }

        return q;
    }

    // One field's query terms in a segment, ascending, with their clauses' weights, and what scoring them reads.
    private sealed record FieldTerms(
        TextPostings Postings, float[] NormInverse, int[] TermIds, int[] Clauses, float[] Weights, bool[] Scoring, TermIdFilter Filter)
    {
        public ForwardIndex Forward => Postings.Forward;

        public static FieldTerms Of(QueryPlan plan, TextPostings postings, List<(int TermId, int Clause)> terms)
        {
            terms.Sort();
            int[] termIds = [.. terms.Select(term => term.TermId)];
            var clauses = terms.Select(term => plan.Positive[term.Clause]).ToArray();
            // A field with no scoring clause has no norm cache; its terms score 0 whatever the norm.
            var normInverse = plan.NormInverseCaches[clauses[0].Field] ?? new float[256];
            return new FieldTerms(postings, normInverse, termIds, [.. terms.Select(term => term.Clause)],
                [.. clauses.Select(clause => clause.Weight)], [.. clauses.Select(clause => clause.IsScoring)], new TermIdFilter(termIds));
        }
    }
}
