using System.Numerics;
using Matching.Engine.Geo;
using Matching.Engine.Index;

namespace Matching.Engine.Search;

/// <summary>
/// Runs searches on one <see cref="IndexSnapshot"/>, like Lucene's <c>IndexSearcher</c>. Each segment is scanned in
/// windows of 2048 documents: the postings of the query terms are scored into the window term-at-a-time (or, without text,
/// the window is seeded from a keyword filter's postings or taken whole), then each candidate is checked against the
/// boolean rules, deletes and filters (a window's candidates a filter at a time, when no text scan chose them), scored
/// with the functions, counted for facets and offered to a bounded top-k heap. When the filters choose the candidates and
/// the text only ranks, each candidate is scored from its own terms (<see cref="CandidateScorer"/>). When a keyword filter
/// or a required term is much rarer than the text's postings, it leads instead, as in Lucene's conjunctions, and each
/// candidate's text is verified and scored by advancing the terms' postings (<see cref="ConjunctionLead"/>,
/// <see cref="AdvancingScorer"/>). Nothing is allocated per posting.
/// </summary>
/// <param name="snapshot">The snapshot to search.</param>
/// <param name="similarity">BM25 parameters; k1 = 1.2 and b = 0.75 when null.</param>
public sealed class IndexSearcher(IndexSnapshot snapshot, Bm25Similarity? similarity = null)
{
    private readonly Bm25Similarity _similarity = similarity ?? Bm25Similarity.Default;

    // Which side leads text that decides the matches; tests set it to compare the sides (see LeadPolicy).
    internal LeadPolicy Leads { get; init; } = LeadPolicy.Cheapest;

    // Whether a disjunction's exact total may be counted from its doc ids while only its top hits are scored; tests turn
    // it off to compare with the exhaustive scan (see MaxScoreCollector).
    internal bool CountsApart { get; init; } = true;

    /// <summary>The snapshot searched.</summary>
    public IndexSnapshot Snapshot { get; } = snapshot ?? throw new ArgumentNullException(nameof(snapshot));

    /// <summary>Searches.</summary>
    /// <param name="request">The query.</param>
    /// <returns>The total, the requested page of hits and the facets.</returns>
    /// <exception cref="ArgumentException">The request names unknown fields or has invalid values.</exception>
    public SearchResults Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var plan = QueryPlan.Create(Snapshot, _similarity, request);
        var comparer = new HitComparer(request.Sort.By, request.Sort.Descending);
        using var top = new TopHits(comparer, request.Offset + request.Limit);
        var total = 0;
        var relation = TotalHitsRelation.EqualTo;
        if (!plan.MatchesNothing && MaxScoreCollector.Applies(plan, CountsApart))
        {
            // Where the total may be a lower bound, or is counted apart, a disjunction skips the documents that cannot
            // enter the top hits.
            (total, relation) = MaxScoreCollector.Collect(plan, top);
        }
        else if (!plan.MatchesNothing)
        {
            using var buffers = new WindowBuffers(plan.Positive.Length + plan.Negative.Length);
            for (var segment = 0; segment < plan.Segments.Length; segment++)
            {
                total += CollectSegment(plan, segment, top, buffers, Leads);
            }
        }

        var hits = new List<SearchHit>();
        var sorted = top.ToSortedArray();
        for (var i = request.Offset; i < sorted.Length; i++)
        {
            hits.Add(ToHit(plan, sorted[i]));
        }

        var facets = plan.Facets.ToDictionary(facet => facet.Name, facet => facet.Result(), StringComparer.Ordinal);
        return new SearchResults(total, hits, facets) { TotalHitsRelation = relation };
    }

    private static int CollectSegment(QueryPlan plan, int segmentIndex, TopHits top, WindowBuffers buffers, LeadPolicy leads)
    {
        var view = plan.Segments[segmentIndex];
        var segment = view.Segment;
        var deleted = view.Deleted;
        if (deleted.Count == segment.MaxDoc)
        {
            return 0;
        }

        // A required term missing from this segment rules all of it out.
        var positive = plan.Positive;
        var negative = plan.Negative;
        var starts = buffers.Starts;
        var ends = buffers.Ends;
        var anyPositive = false;
        for (var c = 0; c < positive.Length + negative.Length; c++)
        {
            plan.Range(segmentIndex, c, out starts[c], out ends[c]);
            if (c < positive.Length)
            {
                if (starts[c] == ends[c] && positive[c].IsRequired)
                {
                    return 0;
                }

                anyPositive |= starts[c] < ends[c];
            }
        }

        if (plan.TextDrives && positive.Length > 0 && !anyPositive)
        {
            return 0;
        }

        foreach (var filter in plan.Filters)
        {
            if (!filter.Bind(segment))
            {
                return 0;
            }
        }

        plan.Bind(segment);
        var scorer = !plan.TextDrives && positive.Length > 0 && top.Capacity > 0 ? buffers.Scorer(plan) : null;
        scorer?.Bind(segmentIndex, segment);
        foreach (var facet in plan.Facets)
        {
            facet.Bind(segment);
        }

        // Text that decides the matches is scanned window by window, unless a keyword filter or its rarest required
        // term is so much rarer that leading with it and verifying the rest per candidate reads less. Text that only
        // ranks leaves the candidates to a keyword filter, or to every document.
        var keyword = ChooseDriver(plan.Filters);
        var lead = plan.TextDrives ? ConjunctionLead.Choose(leads, plan, segment.MaxDoc, keyword, starts, ends) : new ConjunctionLead(keyword, -1);
        var scans = plan.TextDrives && lead.Scans;
        var verifier = plan.TextDrives && !scans ? buffers.Verifier(plan) : null;
        verifier?.Bind(segmentIndex, segment);
        if (scans || lead.Clause >= 0 || (negative.Length > 0 && verifier is null))
        {
            for (var c = 0; c < positive.Length + negative.Length; c++)
            {
                var field = c < positive.Length ? positive[c].Field : negative[c - positive.Length].Field;
                buffers.TextCursor(c).Reset(segment.Text[field], plan.TermId(segmentIndex, c));
            }
        }

        var driver = lead.Keyword;
        var driverCursors = driver is null ? [] : driver.FirstPostings();
        // The first geo filter rules out most of the driver's postings by their cells as they are marked.
        var driverCells = driver?.Values.PostingCells is not null && plan.FirstGeoFilter < plan.Filters.Length
            ? ((GeoFilterPlan)plan.Filters[plan.FirstGeoFilter]).Cells
            : (GeoCellRange?)null;
        var sortValues = plan.SortField >= 0 ? segment.Numbers[plan.SortField] : null;
        // The verifier checks the must-not terms itself, by advancing; the others mark them window by window.
        var excludes = negative.Length > 0 && verifier is null;
        var filtersOrDistance = plan.Filters.Length > 0 || plan.NeedsOriginDistance;
        var matched = buffers.Matched;
        var distances = buffers.Distances;
        var total = 0;
        var leadCursor = lead.Clause >= 0 ? buffers.TextCursor(lead.Clause) : null;
        for (var windowStart = 0; windowStart < segment.MaxDoc; windowStart += WindowBuffers.Size)
        {
            if (!scans)
            {
                // Only the driver's postings (or the leading term's) are candidates: the windows before the next one hold
                // none, and past the last there is nothing left to find. Near a place, most windows of a segment laid out
                // by place are such windows.
                var next = NextCandidate(driver, driverCursors, leadCursor);
                if (next >= segment.MaxDoc)
                {
                    break;
                }

                windowStart = Math.Max(windowStart, next - (next % WindowBuffers.Size));
            }

            var windowEnd = Math.Min(segment.MaxDoc, windowStart + WindowBuffers.Size);
            var words = (windowEnd - windowStart + 63) >> 6;
            var touched = buffers.Touched;
            var candidates = scans ? touched : buffers.Candidates;
            Array.Clear(touched, 0, words);
            // The scan scores the text into the window; otherwise the lead marks the candidates, and their text is
            // verified or scored one by one once they pass the filters.
            if (scans)
            {
                ScoreWindow(plan, segment, buffers, windowStart, windowEnd);
            }
            else
            {
                Array.Clear(candidates, 0, words);
                if (driver is not null)
                {
                    MarkKeywordWindow(driver, driverCursors, driverCells, candidates, windowStart, windowEnd);
                }
                else if (lead.Clause >= 0)
                {
                    MarkPostings(buffers.TextCursor(lead.Clause), candidates, windowStart, windowEnd);
                }
                else
                {
                    MarkAll(candidates, windowEnd - windowStart);
                }
            }

            if (excludes)
            {
                MarkExcluded(plan, segment, buffers, windowStart, windowEnd, words);
            }

            // Without a scan, the candidates go through the filters together; a scan's are checked one by one, once
            // their text matched.
            var selection = buffers.Selection;
            var selected = Select(candidates, excludes ? buffers.Excluded : null, selection, words);
            if (!scans && filtersOrDistance)
            {
                selected = SieveWindow(plan, segment, driver, driverCells is not null, selection, selected, distances, windowStart);
            }

            var matchedCount = 0;
            for (var i = 0; i < selected; i++)
            {
                var local = selection[i];
                var doc = windowStart + local;
                if (deleted.Count > 0 && deleted.Contains(doc))
                {
                    continue;
                }

                var hasTerms = scans && (touched[local >> 6] & (1UL << local)) != 0;
                if (scans && !(hasTerms
                    && buffers.RequiredCounts[local] == plan.RequiredCount && buffers.ShouldCounts[local] >= plan.MinimumShouldMatch))
                {
                    continue;
                }

                var originDistance = double.NaN;
                if (scans && filtersOrDistance && !PassesFilters(plan, segment, driver, doc, out originDistance))
                {
                    continue;
                }

                if (!scans && plan.NeedsOriginDistance)
                {
                    originDistance = distances[local];
                }

                if (verifier is not null && !verifier.Matches(doc))
                {
                    continue;
                }

                total++;
                matched[matchedCount++] = local;
                if (top.Capacity == 0)
                {
                    continue;
                }

                double required, optional;
                if (scans)
                {
                    (required, optional) = (buffers.Scores[local], buffers.OptionalScores[local]);
                }
                else if (verifier is not null)
                {
                    verifier.Sums(doc, out required, out optional);
                    hasTerms = true;
                }
                else if (scorer is not null)
                {
                    // Scored below, once the window's matches are known.
                    distances[local] = originDistance;
                    continue;
                }
                else
                {
                    (required, optional) = (0, 0);
                }

                Offer(plan, top, view, segmentIndex, sortValues, doc, hasTerms, required, optional, originDistance);
            }

            if (scorer is not null && top.Capacity > 0)
            {
                ScoreMatches(plan, scorer, top, view, segmentIndex, sortValues, matched, matchedCount, distances, windowStart);
            }

            // Facets count a window's matches field by field, each in one tight loop.
            foreach (var facet in plan.Facets)
            {
                facet.Count(matched, matchedCount, windowStart);
            }
        }

        foreach (var facet in plan.Facets)
        {
            facet.Flush();
        }

        return total;
    }

    // Scores a window's matches from their own terms, in doc order, skipping those whose best possible score cannot enter
    // the top hits. The scorer first reads where each match's terms lie, for all of them at once, so that their reads
    // from memory overlap instead of each match waiting for its own. A match's function factors (decays, preferences,
    // penalties) are computed once, for the bound and for the score.
    private static void ScoreMatches(
        QueryPlan plan, CandidateScorer scorer, TopHits top, SegmentView view, int segmentIndex, NumericValues? sortValues,
        int[] matched, int count, double[] distances, int windowStart)
    {
        scorer.Prefetch(matched, count, windowStart);
        Span<float> factors = stackalloc float[plan.MaxFactorCount];
        for (var i = 0; i < count; i++)
        {
            var doc = windowStart + matched[i];
            var originDistance = distances[matched[i]];
            var docFactors = factors[..plan.Factors(doc, originDistance, factors)];
            // Even the best relevance the text could give does not reach the top hits: its terms need no reading.
            if (top.Rejects(QueryPlan.Combine(plan.RelevanceBound, docFactors)))
            {
                continue;
            }

            var hasTerms = scorer.Score(doc, out var required, out var optional);
            Offer(top, view, segmentIndex, sortValues, doc, QueryPlan.Combine(RelevanceOf(plan, hasTerms, required, optional), docFactors), originDistance);
        }
    }

    // Offers a match with its clause sums to the top hits.
    private static void Offer(
        QueryPlan plan, TopHits top, SegmentView view, int segmentIndex, NumericValues? sortValues,
        int doc, bool hasTerms, double required, double optional, double originDistance) =>
        Offer(top, view, segmentIndex, sortValues, doc, plan.Combine(RelevanceOf(plan, hasTerms, required, optional), doc, originDistance), originDistance);

    // A candidate outside all term postings (possible only when text just scores) has the base relevance.
    private static float RelevanceOf(QueryPlan plan, bool hasTerms, double required, double optional) =>
        !plan.HasScoringClauses ? 1f
            : hasTerms ? plan.Request.RelevanceBase + QueryPlan.Relevance(required, optional)
            : plan.Request.RelevanceBase;

    // Offers a match with its score to the top hits.
    private static void Offer(TopHits top, SegmentView view, int segmentIndex, NumericValues? sortValues, int doc, float score, double originDistance)
    {
        if (top.Rejects(score))
        {
            return;
        }

        var entry = new HitEntry
        {
            Score = score,
            Distance = double.IsNaN(originDistance) ? double.PositiveInfinity : originDistance,
            Doc = view.DocBase + doc,
            Segment = segmentIndex,
            Local = doc,
        };
        if (sortValues is not null)
        {
            entry.NumberMissing = !sortValues.TryGet(doc, out entry.Number);
        }

        top.Offer(entry);
    }

    // Scores the text's postings in the window into it, term at a time. With must terms, those go first, and the others
    // add only to documents a must term holds (no other can match): the rest of their postings mark nothing, and the
    // candidates to check are those of the must terms alone. Each sum still adds its own clauses in clause order.
    private static void ScoreWindow(QueryPlan plan, Segment segment, WindowBuffers buffers, int windowStart, int windowEnd)
    {
        var gated = plan.RequiredCount > 0;
        var positive = plan.Positive;
        for (var c = 0; c < positive.Length; c++)
        {
            if (!gated || positive[c].IsRequired)
            {
                ScoreClause(plan, segment, buffers, c, windowStart, windowEnd, gated: false);
            }
        }

        for (var c = 0; gated && c < positive.Length; c++)
        {
            if (!positive[c].IsRequired)
            {
                ScoreClause(plan, segment, buffers, c, windowStart, windowEnd, gated: true);
            }
        }
    }

    private static void ScoreClause(QueryPlan plan, Segment segment, WindowBuffers buffers, int c, int windowStart, int windowEnd, bool gated)
    {
        var cursor = buffers.TextCursor(c);
        if (cursor.Doc >= windowEnd)
        {
            return;
        }

        var touched = buffers.Touched;
        var scores = buffers.Scores;
        var optionalScores = buffers.OptionalScores;
        var requiredCounts = buffers.RequiredCounts;
        var shouldCounts = buffers.ShouldCounts;
        var clause = plan.Positive[c];
        var postings = segment.Text[clause.Field];
        var norms = postings.Norms;
        var scoring = clause.IsScoring;
        var required = clause.IsRequired;
        var weight = clause.Weight;
        var cache = plan.NormInverseCaches[clause.Field];
        // Block by block: the decoded doc ids of one, then on to the next while the window lasts.
        while (cursor.Doc < windowEnd)
        {
            var docs = cursor.DecodedBlock();
            var freqs = scoring ? cursor.BlockFreqs() : null;
            var blockStart = cursor.BlockStart;
            var count = cursor.BlockEnd - blockStart;
            var i = cursor.Position - blockStart;
            for (; i < count; i++)
            {
                var doc = docs[i];
                if (doc >= windowEnd)
                {
                    break;
                }

                var local = doc - windowStart;
                ref var word = ref touched[local >> 6];
                var bit = 1UL << local;
                if ((word & bit) == 0)
                {
                    if (gated)
                    {
                        continue;
                    }

                    word |= bit;
                    scores[local] = 0;
                    optionalScores[local] = 0;
                    requiredCounts[local] = 0;
                    shouldCounts[local] = 0;
                }

                var score = scoring ? Bm25Similarity.Score(weight, freqs![i], cache![norms[doc]]) : 0f;
                if (required)
                {
                    scores[local] += score;
                    requiredCounts[local]++;
                }
                else
                {
                    optionalScores[local] += score;
                    shouldCounts[local]++;
                }
            }

            cursor.MoveTo(blockStart + i);
        }
    }

    private static void MarkExcluded(QueryPlan plan, Segment segment, WindowBuffers buffers, int windowStart, int windowEnd, int words)
    {
        var excluded = buffers.Excluded;
        Array.Clear(excluded, 0, words);
        for (var n = 0; n < plan.Negative.Length; n++)
        {
            MarkPostings(buffers.TextCursor(plan.Positive.Length + n), excluded, windowStart, windowEnd);
        }
    }

    // The first doc the driver's postings (or the leading term's) have left, past the last one MaxValue; 0 when every
    // document is a candidate.
    private static int NextCandidate(KeywordFilterPlan? driver, int[] cursors, PostingsCursor? lead)
    {
        if (lead is not null)
        {
            return lead.Doc;
        }

        if (driver is null)
        {
            return 0;
        }

        var next = int.MaxValue;
        var docs = driver.Values.Docs;
        var starts = driver.Values.PostingStarts;
        for (var i = 0; i < cursors.Length; i++)
        {
            if (cursors[i] < starts[driver.Ords[i] + 1])
            {
                next = Math.Min(next, docs[cursors[i]]);
            }
        }

        return next;
    }

    // Marks the driver's postings in the window; with cells, only those whose document's cell is among them.
    private static void MarkKeywordWindow(KeywordFilterPlan driver, int[] cursors, GeoCellRange? cells, ulong[] candidates, int windowStart, int windowEnd)
    {
        var docs = driver.Values.Docs;
        var postingCells = driver.Values.PostingCells;
        for (var i = 0; i < cursors.Length; i++)
        {
            var end = driver.Values.PostingStarts[driver.Ords[i] + 1];
            if (cells is not { } range)
            {
                MarkPostings(docs, ref cursors[i], end, candidates, windowStart, windowEnd);
                continue;
            }

            var p = cursors[i];
            for (; p < end && docs[p] < windowEnd; p++)
            {
                var local = docs[p] - windowStart;
                candidates[local >> 6] |= (range.Contains(postingCells![p]) ? 1UL : 0UL) << local;
            }

            cursors[i] = p;
        }
    }

    // The places in the window of its candidates, less the excluded, ascending; returns how many.
    private static int Select(ulong[] candidates, ulong[]? excluded, int[] selection, int words)
    {
        var count = 0;
        for (var word = 0; word < words; word++)
        {
            var bits = excluded is null ? candidates[word] : candidates[word] & ~excluded[word];
            for (; bits != 0; bits &= bits - 1)
            {
                selection[count++] = (word << 6) + BitOperations.TrailingZeroCount(bits);
            }
        }

        return count;
    }

    // A window's candidates through every filter, a filter at a time over all of them: the geo filters' bounds, which
    // rule out most documents of a nationwide index with one read each; the other filters; and last the distance from the
    // origin, a haversine, and the geo filters themselves. No loop branches on a candidate's values, so the processor
    // fetches many candidates' values at once, where testing a candidate against every filter in turn waited for each
    // read. All must pass, so the order changes only the cost: each filter tests the candidates the ones before it left,
    // as many as the candidate-by-candidate order tests. Returns how many are left.
    private static int SieveWindow(
        QueryPlan plan, Segment segment, KeywordFilterPlan? driver, bool driverCells, int[] selection, int count, double[] distances, int windowStart)
    {
        var filters = plan.Filters;
        // The driver's cells were the first geo filter's bounds, in cells: unless each document has its own radius within
        // them, the bounds rule out few more.
        var first = plan.FirstGeoFilter;
        if (driverCells && first < filters.Length && !((GeoFilterPlan)filters[first]).HasRadiusPerDocument)
        {
            first++;
        }

        for (var i = first; i < filters.Length; i++)
        {
            count = DropOutOfReach((GeoFilterPlan)filters[i], selection, count, windowStart);
        }

        for (var i = 0; i < plan.FirstGeoFilter; i++)
        {
            if (!ReferenceEquals(filters[i], driver))
            {
                count = filters[i].Sieve(selection, count, windowStart, null);
            }
        }

        if (plan.NeedsOriginDistance)
        {
            for (var i = 0; i < count; i++)
            {
                distances[selection[i]] = plan.OriginDistance(segment, windowStart + selection[i]);
            }
        }

        var originDistances = plan.NeedsOriginDistance ? distances : null;
        for (var i = plan.FirstGeoFilter; i < filters.Length; i++)
        {
            count = filters[i].Sieve(selection, count, windowStart, originDistances);
        }

        return count;
    }

    // A geo filter's bounding box: with one read each, it rules out most documents of a nationwide index.
    private static int DropOutOfReach(GeoFilterPlan geo, int[] selection, int count, int windowStart)
    {
        var kept = 0;
        for (var i = 0; i < count; i++)
        {
            var local = selection[i];
            selection[kept] = local;
            kept += geo.OutOfReach(windowStart + local) ? 0 : 1;
        }

        return kept;
    }

    // Marks the cursor's postings that fall in the window, and moves it past them.
    private static void MarkPostings(PostingsCursor cursor, ulong[] bits, int windowStart, int windowEnd)
    {
        // Windows without candidates are skipped, and with them the postings in them.
        if (cursor.Doc < windowStart)
        {
            cursor.Advance(windowStart);
        }

        while (cursor.Doc < windowEnd)
        {
            var docs = cursor.DecodedBlock();
            var count = cursor.BlockEnd - cursor.BlockStart;
            var i = cursor.Position - cursor.BlockStart;
            for (; i < count && docs[i] < windowEnd; i++)
            {
                var local = docs[i] - windowStart;
                bits[local >> 6] |= 1UL << local;
            }

            cursor.MoveTo(cursor.BlockStart + i);
        }
    }

    // Marks the postings [cursor, end) that fall in the window, and moves the cursor past them.
    private static void MarkPostings(int[] docs, ref int cursor, int end, ulong[] bits, int windowStart, int windowEnd)
    {
        var p = cursor;
        for (; p < end && docs[p] < windowEnd; p++)
        {
            var local = docs[p] - windowStart;
            bits[local >> 6] |= 1UL << local;
        }

        cursor = p;
    }

    private static void MarkAll(ulong[] candidates, int count)
    {
        var full = count >> 6;
        Array.Fill(candidates, ulong.MaxValue, 0, full);
        if ((count & 63) != 0)
        {
            candidates[full] = (1UL << (count & 63)) - 1;
        }
    }

    // The inclusive keyword filter with the fewest postings here: it picks the candidates when the text only ranks, and
    // may lead text that decides the matches.
    private static KeywordFilterPlan? ChooseDriver(FilterPlan[] filters)
    {
        KeywordFilterPlan? driver = null;
        var best = int.MaxValue;
        foreach (var filter in filters)
        {
            if (filter is KeywordFilterPlan { Exclude: false } keyword && keyword.PostingCount() < best)
            {
                driver = keyword;
                best = keyword.PostingCount();
            }
        }

        return driver;
    }

    // First the geo filters' latitude bounds, which rule out most documents of a nationwide index with one read
    // each; then the distance from the origin (a haversine) and the geo filters themselves, which rule out most of
    // the rest; and only then the other filters, each of which reads the document's values from memory that is
    // seldom in cache. All must pass, so the order changes only the cost.
    internal static bool PassesFilters(QueryPlan plan, Segment segment, KeywordFilterPlan? driver, int doc, out double originDistance)
    {
        originDistance = double.NaN;
        var filters = plan.Filters;
        var firstGeo = plan.FirstGeoFilter;
        for (var i = firstGeo; i < filters.Length; i++)
        {
            if (((GeoFilterPlan)filters[i]).OutOfReach(doc))
            {
                return false;
            }
        }

        if (plan.NeedsOriginDistance)
        {
            originDistance = plan.OriginDistance(segment, doc);
        }

        for (var i = firstGeo; i < filters.Length; i++)
        {
            if (!filters[i].Matches(doc, originDistance))
            {
                return false;
            }
        }

        for (var i = 0; i < firstGeo; i++)
        {
            if (!ReferenceEquals(filters[i], driver) && !filters[i].Matches(doc, double.NaN))
            {
                return false;
            }
        }

        return true;
    }

    private SearchHit ToHit(QueryPlan plan, HitEntry entry)
    {
        var segment = plan.Segments[entry.Segment].Segment;
        var distance = plan.OriginDistance(segment, entry.Local);
        var explanation = plan.Request.Explain ? Explain(plan, entry) : null;
        return new SearchHit(segment.Ids[entry.Local], entry.Score, double.IsNaN(distance) ? null : distance, explanation);
    }

    // Recomputes a hit's score step by step, with the same float operations as the scan.
    private Explanation Explain(QueryPlan plan, HitEntry entry)
    {
        var view = plan.Segments[entry.Segment];
        var segment = view.Segment;
        var doc = entry.Local;
        plan.Bind(segment);

        float relevanceValue;
        Explanation relevance;
        if (!plan.HasScoringClauses)
        {
            relevanceValue = 1f;
            relevance = new Explanation(1f, plan.Positive.Length == 0
                ? "relevance 1: the query has no text clauses"
                : "relevance 1: the query has only filter text clauses");
        }
        else
        {
            var required = 0d;
            var optional = 0d;
            var terms = new List<Explanation>();
            for (var c = 0; c < plan.Positive.Length; c++)
            {
                var clause = plan.Positive[c];
                var termId = plan.TermId(entry.Segment, c);
                var postings = segment.Text[clause.Field];
                var freq = clause.IsScoring && termId >= 0 ? postings.FreqOf(termId, doc) : 0;
                if (freq == 0)
                {
                    continue;
                }

                var statistics = plan.Snapshot.Statistics(clause.Field);
                var term = _similarity.ExplainTerm(
                    clause.FieldName, clause.Term, clause.Written, entry.Doc, clause.Boost, clause.Idf, clause.DocFreq, statistics.DocCount,
                    plan.AverageLengths[clause.Field], plan.NormInverseCaches[clause.Field]!, freq, postings.Norms[doc]);
                if (clause.IsRequired)
                {
                    required += term.Value;
                }
                else
                {
                    optional += term.Value;
                }

                terms.Add(term);
            }

            relevanceValue = QueryPlan.Relevance(required, optional);
            relevance = new Explanation(relevanceValue, "sum of:", terms);
            var relevanceBase = plan.Request.RelevanceBase;
            if (relevanceBase != 0f)
            {
                relevance = new Explanation(relevanceBase + relevanceValue, "relevance, sum of:",
                    [new Explanation(relevanceBase, "base relevance of every hit"), relevance]);
                relevanceValue = relevanceBase + relevanceValue;
            }
        }

        if (plan.Decays.Length == 0 && plan.Preferences.Length == 0 && plan.Penalties.Length == 0)
        {
            return relevance;
        }

        var originDistance = plan.NeedsOriginDistance ? plan.OriginDistance(segment, doc) : double.NaN;
        var factors = new List<Explanation> { relevance };
        foreach (var decay in plan.Decays)
        {
            factors.Add(decay.Explain(doc, originDistance));
        }

        if (plan.Preferences.Length > 0)
        {
            var boosts = plan.Preferences
                .Select(preference => preference.Matches(doc)
                    ? new Explanation(preference.Boost.Weight, $"preference {preference.Boost.Field} = {preference.Boost.Value}: present")
                    : new Explanation(0f, $"preference {preference.Boost.Field} = {preference.Boost.Value}: absent"))
                .ToList();
            factors.Add(new Explanation(plan.PreferenceFactor(doc), "1 + sum of preference weights:", boosts));
        }

        foreach (var penalty in plan.Penalties.Where(penalty => penalty.Matches(doc)))
        {
            factors.Add(new Explanation(penalty.Penalty.Factor, $"penalty: {string.Join(", ", penalty.Penalty.Fields)} hold {penalty.Penalty.Term}, which the query rules out"));
        }

        return new Explanation(plan.Combine(relevanceValue, doc, originDistance), "product of:", factors);
    }
}
