using Matching.Engine.Geo;
using Matching.Engine.Index;

namespace Matching.Engine.Search;

// A request checked against the schema and bound to one snapshot: clauses analyzed and merged, their
// live statistics and postings ranges per segment, BM25 caches per field, and the compiled filters,
// functions, facets and sort.
internal sealed class QueryPlan
{
    private int[] _ranges = [];
    private int[] _termIds = [];

    private QueryPlan(IndexSnapshot snapshot, Bm25Similarity similarity, SearchRequest request)
    {
        Snapshot = snapshot;
        Similarity = similarity;
        Request = request;
    }

    public IndexSnapshot Snapshot { get; }

    public SegmentView[] Segments => Snapshot.Segments;

    public Bm25Similarity Similarity { get; }

    public SearchRequest Request { get; }

    // Must, filter and should clauses: the ones that can make a document match.
    public ClausePlan[] Positive { get; private set; } = [];

    public ClausePlan[] Negative { get; private set; } = [];

    public int RequiredCount { get; private set; }

    public int MinimumShouldMatch { get; private set; }

    public bool HasScoringClauses { get; private set; }

    // The highest relevance any document can reach: every scoring clause at its weight, which a BM25 term score never
    // exceeds (w - w / (1 + freq * inv) <= w), added up as Relevance adds the scores, on top of the base relevance
    // (1 when no clause scores, as every hit's relevance is then).
    public float RelevanceBound { get; private set; }

    // Whether only documents in the postings of the must, filter or should terms can match; otherwise
    // text terms only score, and candidates come from a keyword filter or all documents.
    public bool TextDrives => RequiredCount > 0 || MinimumShouldMatch > 0;

    public bool MatchesNothing { get; private set; }

    // Per text field: avgdl and Lucene's inverse norm cache, for fields with scoring clauses.
    public float[] AverageLengths { get; private set; } = [];

    public float[]?[] NormInverseCaches { get; private set; } = [];

    public FilterPlan[] Filters { get; private set; } = [];

    // Filters[FirstGeoFilter..] are the geo filters.
    public int FirstGeoFilter { get; private set; }

    public DecayPlan[] Decays { get; private set; } = [];

    public PreferencePlan[] Preferences { get; private set; } = [];

    public TermPenaltyPlan[] Penalties { get; private set; } = [];

    public FacetPlan[] Facets { get; private set; } = [];

    public int SortField { get; private set; } = -1;

    public GeoPoint? Origin { get; private set; }

    public bool NeedsOriginDistance { get; private set; }

    public static QueryPlan Create(IndexSnapshot snapshot, Bm25Similarity similarity, SearchRequest request)
    {
        var plan = new QueryPlan(snapshot, similarity, request);
        plan.CheckPage();
        plan.PlanOrigin();
        plan.PlanClauses();
        plan.PlanStatistics();
        plan.PlanFilters();
        plan.PlanFunctions();
        plan.PlanFacetsAndSort();
        return plan;
    }

    // The postings range of a clause (numbered positive first, then negative) in a segment.
    public void Range(int segment, int clause, out int start, out int end)
    {
        var at = ((segment * (Positive.Length + Negative.Length)) + clause) * 2;
        start = _ranges[at];
        end = _ranges[at + 1];
    }

    // The term id of a clause (numbered as in Range) in a segment's dictionary of its field, or -1 when absent there.
    public int TermId(int segment, int clause) => _termIds[(segment * (Positive.Length + Negative.Length)) + clause];

    // As Lucene's scorers add them up: the must terms in double, rounded to float (ConjunctionScorer);
    // the should terms likewise (DisjunctionSumScorer); then the two in float (ReqOptSumScorer).
    public static float Relevance(double required, double optional) => (float)required + (float)optional;

    // How many factors Factors may give: a decay's each, the preferences' one, a penalty's each.
    public int MaxFactorCount => Decays.Length + 1 + Penalties.Length;

    // The factors Combine multiplies a doc's relevance by, in its order, written to factors; returns how many.
    public int Factors(int doc, double originDistance, Span<float> factors)
    {
        var count = 0;
        foreach (var decay in Decays)
        {
            factors[count++] = decay.Factor(doc, originDistance);
        }

        if (Preferences.Length > 0)
        {
            factors[count++] = PreferenceFactor(doc);
        }

        foreach (var penalty in Penalties)
        {
            if (penalty.Matches(doc))
            {
                factors[count++] = penalty.Penalty.Factor;
            }
        }

        return count;
    }

    // relevance times a doc's factors (Factors), in order: Combine's score to the bit, for any relevance.
    public static float Combine(float relevance, ReadOnlySpan<float> factors)
    {
        var score = relevance;
        foreach (var factor in factors)
        {
            score *= factor;
        }

        return score;
    }

    // relevance * decay... * preference factor * penalty..., in float and in that order.
    public float Combine(float relevance, int doc, double originDistance)
    {
        Span<float> factors = stackalloc float[MaxFactorCount];
        return Combine(relevance, factors[..Factors(doc, originDistance, factors)]);
    }

    // 1 + the weights of the matching preferences, summed in double and rounded once.
    public float PreferenceFactor(int doc)
    {
        var factor = 1d;
        foreach (var preference in Preferences)
        {
            if (preference.Matches(doc))
            {
                factor += preference.Boost.Weight;
            }
        }

        return (float)factor;
    }

    // The largest PreferenceFactor a document can get: every preference matching, added in the same order.
    public float MaxPreferenceFactor() => (float)Preferences.Aggregate(1d, (factor, preference) => factor + preference.Boost.Weight);

    public void Bind(Segment segment)
    {
        foreach (var decay in Decays)
        {
            decay.Bind(segment);
        }

        foreach (var preference in Preferences)
        {
            preference.Bind(segment);
        }

        foreach (var penalty in Penalties)
        {
            penalty.Bind(segment);
        }
    }

    public double OriginDistance(Segment segment, int doc) => Origin is { } origin ? segment.DistanceKm(origin, doc) : double.NaN;

    private void CheckPage()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(Request.Offset, nameof(Request.Offset));
        ArgumentOutOfRangeException.ThrowIfNegative(Request.Limit, nameof(Request.Limit));
        if ((long)Request.Offset + Request.Limit > SearchRequest.MaxWindow)
        {
            throw new ArgumentOutOfRangeException(nameof(Request.Limit), $"Offset + Limit must be at most {SearchRequest.MaxWindow}.");
        }

        if (!float.IsFinite(Request.RelevanceBase) || Request.RelevanceBase < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Request.RelevanceBase), Request.RelevanceBase, "Must be finite and at least 0.");
        }

        if (Request.MinimumShouldMatch is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Request.MinimumShouldMatch), Request.MinimumShouldMatch, "Must be at least 0.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(Request.TotalHitsThreshold, nameof(Request.TotalHitsThreshold));
    }

    private void PlanOrigin()
    {
        ArgumentNullException.ThrowIfNull(Request.Filters, nameof(Request.Filters));
        ArgumentNullException.ThrowIfNull(Request.Functions, nameof(Request.Functions));
        Origin = Request.Origin
            ?? Request.Filters.OfType<GeoDistanceFilter>().Select(filter => (GeoPoint?)filter.Center).FirstOrDefault()
            ?? Request.Functions.OfType<GeoDistanceDecay>().Select(decay => (GeoPoint?)decay.Origin).FirstOrDefault();
    }

    private void PlanClauses()
    {
        var scratch = PlanScratch.Take();
        try
        {
            PlanClauses(scratch);
        }
        finally
        {
            PlanScratch.Return(scratch);
        }
    }

    private void PlanClauses(PlanScratch scratch)
    {
        var terms = scratch.Terms;
        AnalyzeClauses(terms);

        // Lucene's BooleanQuery.rewrite, in its order. An unboosted should term that is also a filter term
        // becomes a must term, replacing the filter and lowering minimumShouldMatch by one.
        var minimumShouldMatch = Request.MinimumShouldMatch;
        if (FilterTerms(terms) is { } filters)
        {
            var promoted = new HashSet<(int, string)>();
            for (var i = 0; i < terms.Count; i++)
            {
                var term = terms[i];
                if (term.Occur == Occur.Should && term.Boost == 1f && filters.Contains((term.Field, term.Term)))
                {
                    term.Occur = Occur.Must;
                    terms[i] = term;
                    promoted.Add((term.Field, term.Term));
                    minimumShouldMatch = Math.Max(0, minimumShouldMatch - 1 ?? 0);
                }
            }

            terms.RemoveAll(term => term.Occur == Occur.Filter && promoted.Contains((term.Field, term.Term)));
        }

        // Then repeated must terms merge, and should terms unless more than one must match, their boosts
        // summed in double; filter and must-not terms are sets.
        var mergeShould = minimumShouldMatch is null or <= 1;
        var (clauses, boosts, positions) = (scratch.Clauses, scratch.Boosts, scratch.Positions);
        foreach (var term in terms)
        {
            var key = (term.Occur, term.Field, term.Term);
            var merges = term.Occur != Occur.Should || mergeShould;
            if (merges && positions.TryGetValue(key, out var position))
            {
                boosts[position] += term.Boost;
                continue;
            }

            if (merges)
            {
                positions[key] = clauses.Count;
            }

            clauses.Add(new ClausePlan(term.Field, term.FieldName, term.Term, term.Occur, term.Boost, term.Written));
            boosts.Add(term.Boost);
        }

        for (var i = 0; i < clauses.Count; i++)
        {
            clauses[i].Boost = (float)boosts[i];
        }

        // Should terms that must all match are required terms (and summed with them).
        var shouldCount = clauses.Count(clause => clause.Occur == Occur.Should);
        if (minimumShouldMatch > 0 && shouldCount == minimumShouldMatch)
        {
            foreach (var clause in clauses.Where(clause => clause.Occur == Occur.Should))
            {
                clause.Occur = Occur.Must;
            }

            (shouldCount, minimumShouldMatch) = (0, 0);
        }

        var negativeCount = clauses.Count(clause => clause.Occur == Occur.MustNot);
        Positive = new ClausePlan[clauses.Count - negativeCount];
        Negative = negativeCount == 0 ? [] : new ClausePlan[negativeCount];
        var (positive, negative) = (0, 0);
        foreach (var clause in clauses)
        {
            if (clause.Occur == Occur.MustNot)
            {
                Negative[negative++] = clause;
            }
            else
            {
                Positive[positive++] = clause;
            }
        }

        RequiredCount = Positive.Count(clause => clause.IsRequired);
        HasScoringClauses = Positive.Any(clause => clause.IsScoring);

        // Lucene's default: 0 when a term is required, else 1. An explicit 0 makes should terms optional
        // even without required terms: as the request's filters are Lucene FILTER clauses, that is
        // Lucene's behaviour too, and every document that passes the filters matches.
        MinimumShouldMatch = minimumShouldMatch ?? (RequiredCount > 0 || shouldCount == 0 ? 0 : 1);
        MatchesNothing = MinimumShouldMatch > shouldCount;
    }

    // The field and term of every filter term; null without any.
    private static HashSet<(int Field, string Term)>? FilterTerms(List<AnalyzedTerm> terms)
    {
        HashSet<(int, string)>? filters = null;
        foreach (var term in terms)
        {
            if (term.Occur == Occur.Filter)
            {
                (filters ??= []).Add((term.Field, term.Term));
            }
        }

        return filters;
    }

    // Every clause's text as terms, in order, with repeats, into terms.
    private void AnalyzeClauses(List<AnalyzedTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(Request.Clauses, nameof(Request.Clauses));
        terms.EnsureCapacity(Request.Clauses.Count);
        Dictionary<string, List<string>>? analyzed = null;
        foreach (var clause in Request.Clauses)
        {
            ArgumentNullException.ThrowIfNull(clause, nameof(Request.Clauses));
            ArgumentNullException.ThrowIfNull(clause.Text, nameof(TermClause.Text));
            var field = Snapshot.Schema.TextFieldIndex(clause.Field);
            if (!float.IsFinite(clause.Boost) || clause.Boost < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(TermClause.Boost), clause.Boost, "A boost must be finite and at least 0.");
            }

            if (!Enum.IsDefined(clause.Occur))
            {
                throw new ArgumentOutOfRangeException(nameof(TermClause.Occur), clause.Occur, "Unknown occur.");
            }

            if (clause.IsTerm)
            {
                terms.Add(new AnalyzedTerm(clause.Occur, field, clause.Field, clause.Text, clause.Boost, clause.Written));
                continue;
            }

            analyzed ??= new Dictionary<string, List<string>>(StringComparer.Ordinal);
            if (!analyzed.TryGetValue(clause.Text, out var words))
            {
                words = [];
                Snapshot.Analyzer.Analyze(clause.Text, words);
                analyzed[clause.Text] = words;
            }

            foreach (var word in words)
            {
                terms.Add(new AnalyzedTerm(clause.Occur, field, clause.Field, word, clause.Boost, clause.Written));
            }
        }
    }

    private void PlanStatistics()
    {
        var clauses = Positive.Concat(Negative).ToArray();
        var segments = Segments;
        _ranges = new int[segments.Length * clauses.Length * 2];
        _termIds = new int[segments.Length * clauses.Length];
        for (var s = 0; s < segments.Length; s++)
        {
            for (var c = 0; c < clauses.Length; c++)
            {
                var clause = clauses[c];
                var postings = segments[s].Segment.Text[clause.Field];
                var found = postings.TryGetPostings(clause.Term, out var termId, out var start, out var end);
                _termIds[(s * clauses.Length) + c] = termId;
                if (found)
                {
                    var at = ((s * clauses.Length) + c) * 2;
                    _ranges[at] = start;
                    _ranges[at + 1] = end;
                    if (clause.Occur != Occur.MustNot)
                    {
                        clause.DocFreq += IndexSnapshot.LiveDocFreq(segments[s], clause.Field, termId);
                    }
                }
            }
        }

        ForgetTermsOnlyDeletedDocumentsHold(clauses.Length);
        var fieldCount = Snapshot.Schema.TextFields.Count;
        AverageLengths = new float[fieldCount];
        NormInverseCaches = new float[]?[fieldCount];
        var shouldMatching = 0;
        foreach (var clause in Positive)
        {
            if (clause.DocFreq == 0)
            {
                MatchesNothing |= clause.IsRequired;
                continue;
            }

            if (!clause.IsRequired)
            {
                shouldMatching++;
            }

            if (!clause.IsScoring)
            {
                continue;
            }

            var statistics = Snapshot.Statistics(clause.Field);
            clause.Idf = Bm25Similarity.Idf(clause.DocFreq, statistics.DocCount);
            clause.Weight = clause.Boost * clause.Idf;
            if (NormInverseCaches[clause.Field] is null)
            {
                AverageLengths[clause.Field] = Bm25Similarity.AverageFieldLength(statistics.SumTotalTermFreq, statistics.DocCount);
                NormInverseCaches[clause.Field] = Similarity.SharedNormInverseCache(AverageLengths[clause.Field]);
            }
        }

        MatchesNothing |= shouldMatching < MinimumShouldMatch;
        RelevanceBound = HasScoringClauses ? Request.RelevanceBase + BoundOfClauses() : 1f;
    }

    // A term that only deleted documents hold (until a merge drops them) has no live document and no statistics to score
    // with: its postings are left unread, as if no segment held it.
    private void ForgetTermsOnlyDeletedDocumentsHold(int clauseCount)
    {
        for (var c = 0; c < Positive.Length; c++)
        {
            if (Positive[c].DocFreq > 0)
            {
                continue;
            }

            for (var s = 0; s < Segments.Length; s++)
            {
                var at = (s * clauseCount) + c;
                _termIds[at] = -1;
                _ranges[2 * at] = _ranges[(2 * at) + 1] = 0;
            }
        }
    }

    // Every clause score is at least 0 and at most its weight, and rounding is monotone, so the sums in clause order
    // of the weights bound the sums of any document's scores.
    private float BoundOfClauses()
    {
        var required = 0d;
        var optional = 0d;
        foreach (var clause in Positive.Where(clause => clause.IsScoring))
        {
            if (clause.IsRequired)
            {
                required += clause.Weight;
            }
            else
            {
                optional += clause.Weight;
            }
        }

        return Relevance(required, optional);
    }

    private void PlanFilters()
    {
        var filters = new List<FilterPlan>();
        foreach (var filter in Request.Filters)
        {
            var plan = FilterPlans.Compile(filter, Snapshot.Schema, Origin);
            NeedsOriginDistance |= plan is GeoFilterPlan { AtOrigin: true };
            filters.Add(plan);
        }

        // Keyword filters first: they name a few of a field's values, and tend to rule out more than a range, which bounds
        // a level, a date or a count. Geo filters last: a document's distance is computed only once the cheaper filters
        // passed.
        Filters =
        [
            .. filters.OfType<KeywordFilterPlan>(),
            .. filters.Where(filter => filter is not KeywordFilterPlan and not GeoFilterPlan),
            .. filters.OfType<GeoFilterPlan>(),
        ];
        FirstGeoFilter = filters.Count(filter => filter is not GeoFilterPlan);
    }

    private void PlanFunctions()
    {
        var schema = Snapshot.Schema;
        var decays = new List<DecayPlan>();
        var preferences = new List<PreferencePlan>();
        var penalties = new List<TermPenaltyPlan>();
        foreach (var function in Request.Functions)
        {
            switch (function)
            {
                case GeoDistanceDecay geo:
                    RequireLocation(nameof(GeoDistanceDecay));
                    GaussianDecay.Validate(geo.ScaleKm, geo.OffsetKm, geo.Decay, nameof(GeoDistanceDecay));
                    var atOrigin = geo.Origin == Origin;
                    NeedsOriginDistance |= atOrigin;
                    decays.Add(new GeoDecayPlan(geo, atOrigin));
                    break;
                case NumericDecay numeric:
                    GaussianDecay.Validate(numeric.Scale, numeric.Offset, numeric.Decay, nameof(NumericDecay));
                    decays.Add(new NumericDecayPlan(schema.NumericFieldIndex(numeric.Field), numeric));
                    break;
                case PreferenceBoost preference:
                    ArgumentNullException.ThrowIfNull(preference.Value, nameof(PreferenceBoost.Value));
                    if (!float.IsFinite(preference.Weight) || preference.Weight < 0)
                    {
                        throw new ArgumentOutOfRangeException(nameof(PreferenceBoost.Weight), preference.Weight, "A preference weight must be finite and at least 0.");
                    }

                    preferences.Add(new PreferencePlan(schema.KeywordFieldIndex(preference.Field), preference));
                    break;
                case TermPenalty penalty:
                    ArgumentNullException.ThrowIfNull(penalty.Term, nameof(TermPenalty.Term));
                    ArgumentNullException.ThrowIfNull(penalty.Fields, nameof(TermPenalty.Fields));
                    if (!float.IsFinite(penalty.Factor) || penalty.Factor is <= 0 or > 1)
                    {
                        throw new ArgumentOutOfRangeException(nameof(TermPenalty.Factor), penalty.Factor, "A penalty factor must be above 0 and at most 1.");
                    }

                    penalties.Add(new TermPenaltyPlan([.. penalty.Fields.Select(schema.TextFieldIndex)], penalty));
                    break;
                default:
                    throw new ArgumentException($"Unsupported function: {function?.GetType().Name ?? "null"}.", nameof(Request.Functions));
            }
        }

        Decays = [.. decays];
        Preferences = [.. preferences];
        Penalties = [.. penalties];
    }

    private void PlanFacetsAndSort()
    {
        var schema = Snapshot.Schema;
        ArgumentNullException.ThrowIfNull(Request.Facets, nameof(Request.Facets));
        ArgumentNullException.ThrowIfNull(Request.Sort, nameof(Request.Sort));
        Facets = [.. Request.Facets.Distinct(StringComparer.Ordinal).Select(field => new FacetPlan(schema.KeywordFieldIndex(field), field))];
        switch (Request.Sort.By)
        {
            case SortBy.Distance:
                RequireLocation("sorting by distance");
                if (Origin is null)
                {
                    throw new ArgumentException("Sorting by distance needs an origin.", nameof(Request.Origin));
                }

                NeedsOriginDistance = true;
                break;
            case SortBy.Number:
                SortField = schema.NumericFieldIndex(Request.Sort.Field!);
                break;
        }
    }

    private void RequireLocation(string what) => FilterPlans.RequireLocation(Snapshot.Schema, what);

    // A clause's term after analysis, before repeated terms merge.
    private record struct AnalyzedTerm(Occur Occur, int Field, string FieldName, string Term, float Boost, string? Written);

    // The lists a plan's clauses are worked out in, kept per thread, so that a search does not allocate them anew: a
    // student's wish comes to hundreds of clauses. A search of very many clauses does not leave its lists behind.
    private sealed class PlanScratch
    {
        private const int LargestKept = 1 << 14;

        [ThreadStatic]
        private static PlanScratch? t_kept;

        public List<AnalyzedTerm> Terms { get; } = [];

        public List<ClausePlan> Clauses { get; } = [];

        public List<double> Boosts { get; } = [];

        public Dictionary<(Occur, int, string), int> Positions { get; } = [];

        public static PlanScratch Take()
        {
            var scratch = t_kept ?? new PlanScratch();
            t_kept = null;
            return scratch;
        }

        // Cleared, so that the lists hold no clause or term past the search.
        public static void Return(PlanScratch scratch)
        {
            // The other lists hold at most as many entries as the terms.
            if (scratch.Terms.Capacity > LargestKept)
            {
                return;
            }

            scratch.Terms.Clear();
            scratch.Clauses.Clear();
            scratch.Boosts.Clear();
            scratch.Positions.Clear();
            t_kept = scratch;
        }
    }
}
