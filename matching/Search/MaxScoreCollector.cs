using System.Buffers;
using System.Numerics;
using Matching.Engine.Index;

namespace Matching.Engine.Search;

// The top hits by score of a disjunction of should terms whose total may be a lower bound (SearchRequest.TotalHitsThreshold):
// Lucene's MaxScore. Matches are counted exactly until more than the threshold have been seen. From then on, once the top
// hits are full, a document must beat the worst of them. Where the total must be exact and no filter needs checking per
// match, the matches are counted apart from the postings' doc ids alone (DisjunctionCount), and the top hits are pruned
// from the start: scoring every match costs several times more than counting it. Per window of documents the terms are sorted by the best score
// their blocks allow there (ImpactBlocks), and the weakest ones whose best scores together cannot beat it are
// non-essential: documents come from the other terms' postings alone, and a non-essential term is looked up in a
// document only while the document can still beat it. Documents that match only non-essential terms go uncounted.
//
// The hits and their scores are exactly those of the exhaustive scan (IndexSearcher): a document is skipped only when a
// bound on its final score, computed conservatively in float as the score itself is, is at most the score to beat (a
// tie loses, as documents come in doc id order), and a kept document's clause scores are added in clause order as there.
internal sealed class MaxScoreCollector : IDisposable
{
    // The documents scored term at a time while every match is counted.
    private const int WindowSize = WindowBuffers.Size;

    // The span of documents that one sort of the clauses by their best scores holds for, once counting may stop.
    private const int BoundedWindowSize = 4 * WindowSize;

    // The documents per clause a bounded window spans at least.
    private const int MinWindowPerClause = 32;

    // A clause's bit in a document's set of matched clauses is 1 << clause.
    private const int MaxClauses = 64;

    // The postings a top hit needs at least for an exact total to be counted apart.
    private const int MinPostingsPerHit = 16;

    private readonly QueryPlan _plan;
    private readonly TopHits _top;
    private readonly int _threshold;
    private readonly float _relevanceBase;
    private readonly ScoreBound _bound;
    private readonly ImpactCursor[] _cursors;

    // The current document's score per clause, valid for the clauses in its set of matched clauses.
    private readonly float[] _clauseScores;

    // The clauses with postings in the bound segment; then the same by their best score in the window, ascending, where
    // _byMax[.._essentialFrom] are non-essential and _maxSums[i] is the best scores of _byMax[..i] added up.
    private readonly int[] _active;
    private readonly int[] _byMax;
    private readonly float[] _windowMax;
    private readonly double[] _maxSums;

    // Per essential clause: the product freq * normInverse at or below which its posting alone cannot compete.
    private readonly float[] _minProducts;

    // While every match is counted, windows are scored term at a time: per document of the window its clause scores
    // added up in clause order, and which documents any clause holds.
    private readonly double[] _windowSums = ArrayPool<double>.Shared.Rent(WindowSize);
    private readonly ulong[] _windowDocs = ArrayPool<ulong>.Shared.Rent(WindowSize / 64);

    private readonly bool _filtersOrDistance;
    private SegmentView _view = null!;
    private DeletedDocs? _deleted;
    private int _activeCount;
    private int _essentialFrom;

    private MaxScoreCollector(QueryPlan plan, TopHits top, int threshold)
    {
        _plan = plan;
        _top = top;
        _threshold = threshold;
        _relevanceBase = plan.Request.RelevanceBase;
        _bound = new ScoreBound(_relevanceBase, plan.MaxPreferenceFactor());
        _filtersOrDistance = plan.Filters.Length > 0 || plan.NeedsOriginDistance;
        var clauseCount = plan.Positive.Length;
        _cursors = new ImpactCursor[clauseCount];
        for (var c = 0; c < clauseCount; c++)
        {
            _cursors[c] = new ImpactCursor();
        }

        _clauseScores = new float[clauseCount];
        _active = new int[clauseCount];
        _byMax = new int[clauseCount];
        _windowMax = new float[clauseCount];
        _maxSums = new double[clauseCount + 1];
        _minProducts = new float[clauseCount];
        if (threshold < 0)
        {
            ToBeat = top.ScoreToBeat;
        }
    }

    private int Total { get; set; }

    // The score a document must beat to be worth looking at: negative infinity while matches are still counted exactly,
    // or any can still enter the top hits. Refreshed whenever a match is offered.
    private float ToBeat { get; set; } = float.NegativeInfinity;

    // Whether a document that matches may have gone uncounted.
    private bool Skipped { get; set; }

    // The shape where skipping pays: only should terms, one of which must match, ranked by score, with no facets (which
    // need every match); and a threshold below the number of documents, or nothing could ever be skipped, unless the
    // matches may be counted apart (see CountsApart).
    public static bool Applies(QueryPlan plan, bool mayCountApart) =>
        (plan.Request.TotalHitsThreshold < plan.Snapshot.Count || (mayCountApart && CountsApart(plan)))
        && plan.Request.Sort.By == SortBy.Score
        && plan.Facets.Length == 0
        && plan.RequiredCount == 0
        && plan.Negative.Length == 0
        && plan.MinimumShouldMatch == 1
        && plan.Positive.Length is > 0 and <= MaxClauses;

    // Offers the hits to top; returns the total counted and whether it is exact.
    public static (int Total, TotalHitsRelation Relation) Collect(QueryPlan plan, TopHits top)
    {
        var countsApart = plan.Request.TotalHitsThreshold >= plan.Snapshot.Count;
        // Counted apart, no match needs counting here: the top hits prune as soon as they are full.
        using var collector = new MaxScoreCollector(plan, top, countsApart ? -1 : plan.Request.TotalHitsThreshold);
        for (var segment = 0; segment < plan.Segments.Length && !collector.Finished(); segment++)
        {
            collector.CollectSegment(segment);
        }

        if (!countsApart)
        {
            return (collector.Total, collector.Skipped ? TotalHitsRelation.GreaterThanOrEqualTo : TotalHitsRelation.EqualTo);
        }

        var total = 0;
        for (var segment = 0; segment < plan.Segments.Length; segment++)
        {
            total += DisjunctionCount.Count(plan, segment);
        }

        return (total, TotalHitsRelation.EqualTo);
    }

    // Whether an exact total is better counted apart: when no filter needs checking per match, and the top hits are
    // few against the postings, so that pruning has room to skip (hits a page deep score nearly every match anyway).
    private static bool CountsApart(QueryPlan plan)
    {
        if (plan.Filters.Length > 0)
        {
            return false;
        }

        var postings = 0L;
        foreach (var clause in plan.Positive)
        {
            postings += clause.DocFreq;
        }

        return ((long)plan.Request.Offset + plan.Request.Limit) * MinPostingsPerHit <= postings;
    }

    public void Dispose()
    {
        ArrayPool<double>.Shared.Return(_windowSums);
        ArrayPool<ulong>.Shared.Return(_windowDocs);
        foreach (var cursor in _cursors)
        {
            cursor.Release();
        }
    }

    // Counting is over and no hit can enter (a search for the total alone): the rest needs no reading.
    private bool Finished()
    {
        if (!float.IsPositiveInfinity(ToBeat))
        {
            return false;
        }

        Skipped = true;
        return true;
    }

    private void CollectSegment(int segmentIndex)
    {
        var maxDoc = _plan.Segments[segmentIndex].Segment.MaxDoc;
        if (!BindSegment(segmentIndex))
        {
            return;
        }

        var windowStart = ImpactCursor.Exhausted;
        for (var i = 0; i < _activeCount; i++)
        {
            windowStart = Math.Min(windowStart, _cursors[_active[i]].Doc);
        }

        while (windowStart < maxDoc && !Finished())
        {
            var exhaustive = float.IsNegativeInfinity(ToBeat);
            var windowEnd = Math.Min(maxDoc, exhaustive ? windowStart + WindowSize : BoundedWindowEnd(windowStart));
            if (exhaustive)
            {
                ScoreWindowExhaustively(segmentIndex, windowStart, windowEnd);
            }
            else
            {
                BoundWindow(windowStart, windowEnd);
                ScoreWindow(segmentIndex, windowStart, windowEnd);
            }

            windowStart = windowEnd;
        }
    }

    // Where a bounded window from windowStart ends (Lucene's outer window): at the first end of a block of the clauses
    // essential in the last window, so that their best scores are those of one block each, but with at least
    // MinWindowPerClause documents per clause when there are several, so that bounding does not cost more than scoring.
    private int BoundedWindowEnd(int windowStart)
    {
        var end = (long)ImpactCursor.Exhausted;
        var lead = Math.Min(_essentialFrom, _activeCount - 1);
        for (var i = lead; i < _activeCount; i++)
        {
            var cursor = _cursors[_byMax[i]];
            end = Math.Min(end, cursor.BlockEndAt(Math.Max(cursor.Doc, windowStart)) + 1L);
        }

        if (_activeCount - lead > 1)
        {
            end = Math.Max(end, windowStart + (long)(_activeCount - lead) * MinWindowPerClause);
        }

        return (int)Math.Min(end, windowStart + (long)BoundedWindowSize);
    }

    // Binds the cursors, filters and functions to a segment; false when nothing in it can match.
    private bool BindSegment(int segmentIndex)
    {
        var view = _plan.Segments[segmentIndex];
        if (view.Deleted.Count == view.Segment.MaxDoc)
        {
            return false;
        }

        _activeCount = 0;
        var positive = _plan.Positive;
        for (var c = 0; c < positive.Length; c++)
        {
            _plan.Range(segmentIndex, c, out var start, out var end);
            // A term with no live document anywhere has no postings here (QueryPlan leaves them unread).
            if (start < end)
            {
                var clause = positive[c];
                _cursors[c].Bind(view.Segment.Text[clause.Field], _plan.TermId(segmentIndex, c), clause.Weight, _plan.NormInverseCaches[clause.Field]!);
                _active[_activeCount++] = c;
            }
        }

        if (_activeCount == 0)
        {
            return false;
        }

        Array.Copy(_active, _byMax, _activeCount);
        _essentialFrom = 0;

        foreach (var filter in _plan.Filters)
        {
            if (!filter.Bind(view.Segment))
            {
                return false;
            }
        }

        _plan.Bind(view.Segment);
        _view = view;
        _deleted = view.Deleted.Count > 0 ? view.Deleted : null;
        return true;
    }

    // Sorts the clauses by the best score their blocks allow in the documents from..to-1, and sums those best scores
    // up in that order; then partitions them.
    private void BoundWindow(int from, int to)
    {
        Array.Copy(_active, _byMax, _activeCount);
        _essentialFrom = 0;
        for (var i = 0; i < _activeCount; i++)
        {
            var clause = _byMax[i];
            var max = _windowMax[clause] = _cursors[clause].MaxScore(from, to - 1);
            // Insertion sort: a query has a few terms.
            var j = i;
            for (; j > 0 && _windowMax[_byMax[j - 1]] > max; j--)
            {
                _byMax[j] = _byMax[j - 1];
            }

            _byMax[j] = clause;
        }

        for (var i = 0; i < _activeCount; i++)
        {
            _maxSums[i + 1] = _maxSums[i] + _windowMax[_byMax[i]];
        }

        Partition();
    }

    // Makes non-essential the longest run of the weakest clauses whose best scores together cannot beat the score to
    // beat; it only grows as that score does.
    private void Partition()
    {
        var toBeat = ToBeat;
        while (_essentialFrom < _activeCount && _bound.Of(_maxSums[_essentialFrom + 1]) <= toBeat)
        {
            _essentialFrom++;
        }

        // Documents of the window that hold only non-essential terms go uncounted.
        Skipped |= _essentialFrom > 0;
        var nonEssentialMax = _maxSums[_essentialFrom];
        for (var i = _essentialFrom; i < _activeCount; i++)
        {
            _minProducts[_byMax[i]] = _bound.MinCompetitiveProduct(_cursors[_byMax[i]].Weight, nonEssentialMax, toBeat);
        }
    }

    // Counts every match of the window and offers each: the clauses' postings in the window are scored term at a time in
    // clause order, as the exhaustive scan scores them, then the documents go by in order. Once more than the threshold
    // are counted and the top hits are full, the rest of the window is only counted, and the next one is bounded.
    private void ScoreWindowExhaustively(int segmentIndex, int windowStart, int windowEnd)
    {
        var words = (windowEnd - windowStart + 63) >> 6;
        Array.Clear(_windowDocs, 0, words);
        for (var i = 0; i < _activeCount; i++)
        {
            _cursors[_active[i]].AddWindow(windowStart, windowEnd, _windowSums, _windowDocs);
        }

        // Every match is counted, but only one that can enter the top hits is offered.
        var offerAbove = _top.ScoreToBeat;
        for (var word = 0; word < words; word++)
        {
            for (var bits = _windowDocs[word]; bits != 0; bits &= bits - 1)
            {
                var local = (word << 6) + BitOperations.TrailingZeroCount(bits);
                var doc = windowStart + local;
                var originDistance = double.NaN;
                if (_deleted?.Contains(doc) == true
                    || (_filtersOrDistance && !IndexSearcher.PassesFilters(_plan, _view.Segment, null, doc, out originDistance)))
                {
                    continue;
                }

                Total++;
                if (_bound.Of(_windowSums[local]) > offerAbove)
                {
                    Offer(segmentIndex, doc, _windowSums[local], originDistance);
                    offerAbove = _top.ScoreToBeat;
                }
            }
        }

        if (Total > _threshold)
        {
            ToBeat = _top.ScoreToBeat;
        }
    }

    // Goes through the documents of the essential clauses in the window, in order.
    private void ScoreWindow(int segmentIndex, int windowStart, int windowEnd)
    {
        for (var i = _essentialFrom; i < _activeCount; i++)
        {
            _cursors[_byMax[i]].Advance(windowStart);
        }

        var passedOver = false;
        var required = RequiredClause();
        while (_essentialFrom < _activeCount)
        {
            // The first document, the clause on it, and the first document of the other essential clauses.
            var doc = ImpactCursor.Exhausted;
            var second = ImpactCursor.Exhausted;
            var lead = -1;
            for (var i = _essentialFrom; i < _activeCount; i++)
            {
                var next = _cursors[_byMax[i]].Doc;
                if (next < doc)
                {
                    (second, doc, lead) = (doc, next, _byMax[i]);
                }
                else if (next < second)
                {
                    second = next;
                }
            }

            // Alone until the others' next document, the lead clause's postings that cannot compete on their own score
            // (with the non-essential clauses at their best) are passed over without being scored; where it stops
            // before the others, it alone is on the document, and its score comes from what it compared.
            var alone = false;
            if (doc < second)
            {
                var limit = Math.Min(second, windowEnd);
                doc = _cursors[lead].NextAbove(_minProducts[lead], limit, ref passedOver);
                alone = doc < limit;
                doc = Math.Min(doc, second);
            }

            if (doc >= windowEnd)
            {
                break;
            }

            if (required is { } other && other.Advance(doc) != doc)
            {
                // Without the required clause no document can compete: the lead goes on to its next one.
                passedOver = true;
                _cursors[lead].Advance(Math.Min(other.Doc, windowEnd));
                continue;
            }

            var sum = 0d;
            var matched = 0UL;
            if (alone)
            {
                var cursor = _cursors[lead];
                sum = _clauseScores[lead] = cursor.FoundScore();
                matched = 1UL << lead;
                cursor.Next();
            }
            else
            {
                for (var i = _essentialFrom; i < _activeCount; i++)
                {
                    var clause = _byMax[i];
                    var cursor = _cursors[clause];
                    if (cursor.Doc == doc)
                    {
                        var score = _clauseScores[clause] = cursor.Score();
                        matched |= 1UL << clause;
                        sum += score;
                        cursor.Next();
                    }
                }
            }

            var toBeat = ToBeat;
            Collect(segmentIndex, doc, sum, matched);
            if (ToBeat != toBeat)
            {
                // The score to beat rose: fewer clauses may be essential for the rest of the window.
                Partition();
                required = RequiredClause();
            }
        }

        Skipped |= passedOver;
    }

    // With a single essential clause, the best non-essential clause when a document cannot compete without it, even
    // with the essential clause and the other non-essential clauses at their best (Lucene's required scorer): null when
    // there is none or several clauses are essential.
    private ImpactCursor? RequiredClause() =>
        _essentialFrom > 0 && _essentialFrom == _activeCount - 1
            && _bound.Of(_windowMax[_byMax[_essentialFrom]] + _maxSums[_essentialFrom - 1]) <= ToBeat
            ? _cursors[_byMax[_essentialFrom - 1]]
            : null;

    // Counts and offers a document matched by the essential clauses (their scores added up in any order in sum), unless
    // it is deleted, fails the filters or cannot beat the score to beat.
    private void Collect(int segmentIndex, int doc, double sum, ulong matched)
    {
        if (_deleted?.Contains(doc) == true)
        {
            return;
        }

        var toBeat = ToBeat;
        if (_bound.Of(sum + _maxSums[_essentialFrom]) <= toBeat)
        {
            Skipped = true;
            return;
        }

        var originDistance = double.NaN;
        if (_filtersOrDistance && !IndexSearcher.PassesFilters(_plan, _view.Segment, null, doc, out originDistance))
        {
            return;
        }

        // The non-essential clauses, best first, while the document can still beat the score to beat.
        for (var i = _essentialFrom - 1; i >= 0; i--)
        {
            var clause = _byMax[i];
            var cursor = _cursors[clause];
            if (cursor.Advance(doc) == doc)
            {
                var score = _clauseScores[clause] = cursor.Score();
                matched |= 1UL << clause;
                sum += score;
            }

            if (i > 0 && _bound.Of(sum + _maxSums[i]) <= toBeat)
            {
                Skipped = true;
                return;
            }
        }

        Total++;
        if (_bound.Of(sum) <= toBeat)
        {
            // Counted, but it cannot enter.
            return;
        }

        Offer(segmentIndex, doc, ClauseOrderSum(matched), originDistance);
    }

    // Offers a counted match whose clause scores add up to sum in clause order, as the exhaustive scan adds them; then
    // the score to beat is that of the worst kept hit, once counting may stop.
    private void Offer(int segmentIndex, int doc, double sum, double originDistance)
    {
        var score = _plan.Combine(_relevanceBase + QueryPlan.Relevance(0, sum), doc, originDistance);
        if (!_top.Rejects(score))
        {
            _top.Offer(new HitEntry
            {
                Score = score,
                Distance = double.IsNaN(originDistance) ? double.PositiveInfinity : originDistance,
                Doc = _view.DocBase + doc,
                Segment = segmentIndex,
                Local = doc,
            });
        }

        if (Total > _threshold)
        {
            ToBeat = _top.ScoreToBeat;
        }
    }

    // The matched clauses' scores added up in clause order.
    private double ClauseOrderSum(ulong matched)
    {
        var sum = 0d;
        for (; matched != 0; matched &= matched - 1)
        {
            sum += _clauseScores[BitOperations.TrailingZeroCount(matched)];
        }

        return sum;
    }
}
