namespace Matching.Engine.Search;

// What produces a segment's candidates when the text decides the matches. Lucene's ConjunctionDISI leads with its
// cheapest iterator and only verifies the others on the documents it produces. Here the costs are known up front from
// the postings lengths: the term-at-a-time scan reads every clause's postings; the rarest inclusive keyword filter's
// postings, or the rarest required term's (which bound the candidates too), can lead instead, each candidate then
// checked against the other filters and its text verified by advancing cursors (AdvancingScorer). Range and geo
// filters only verify. The unit of cost is one posting the scan reads and scores; one filter check, one candidate
// and one cursor that advances a step cost about as much (measured with tests/Matching.Benchmarks'
// ConjunctionBenchmarks and shapes like them).
// Keyword: the filter whose postings lead, or null. Clause: the required clause whose postings lead, or -1.
internal readonly record struct ConjunctionLead(KeywordFilterPlan? Keyword, int Clause)
{
    // The term-at-a-time scan of every clause's postings, window by window.
    public static ConjunctionLead Scan { get; } = new(null, -1);

    public bool Scans => Keyword is null && Clause < 0;

    // maxDoc: the segment's; keyword: the inclusive keyword filter with the fewest postings in the segment, or null.
    // starts, ends: each clause's postings range in the segment, numbered as in QueryPlan.Range; none is empty if required.
    public static ConjunctionLead Choose(LeadPolicy policy, QueryPlan plan, int maxDoc, KeywordFilterPlan? keyword, int[] starts, int[] ends)
    {
        if (policy == LeadPolicy.Scan)
        {
            return Scan;
        }

        var rarest = -1;
        for (var c = 0; c < plan.Positive.Length; c++)
        {
            if (plan.Positive[c].IsRequired && (rarest < 0 || ends[c] - starts[c] < ends[rarest] - starts[rarest]))
            {
                rarest = c;
            }
        }

        var clauses = new Clauses(plan, maxDoc, starts, ends);
        var keywordCost = keyword is null ? double.PositiveInfinity : clauses.LeadCost(keyword.PostingCount(), -1);
        var termCost = rarest < 0 ? double.PositiveInfinity : clauses.LeadCost(clauses.Length(rarest), rarest);
        var bound = policy == LeadPolicy.Always ? double.PositiveInfinity : clauses.ScanCost(rarest);
        if (keyword is not null && keywordCost <= termCost && keywordCost < bound)
        {
            return new ConjunctionLead(keyword, -1);
        }

        return rarest >= 0 && termCost < bound ? new ConjunctionLead(null, rarest) : Scan;
    }

    // The clauses' postings lengths in one segment, and what each way of matching them costs.
    private readonly ref struct Clauses(QueryPlan plan, int maxDoc, int[] starts, int[] ends)
    {
        public int Length(int clause) => ends[clause] - starts[clause];

        // Every posting read and scored, and the filters checked for each document whose terms match: about the rarest
        // required term's postings times the others' shares of the segment (the terms taken as independent), or without
        // required terms about every document with a should term.
        public double ScanCost(int rarest)
        {
            var positive = plan.Positive;
            var postings = 0d;
            var matching = rarest < 0 ? 0d : Length(rarest);
            for (var c = 0; c < positive.Length + plan.Negative.Length; c++)
            {
                postings += Length(c);
                if (c < positive.Length && c != rarest)
                {
                    matching = positive[c].IsRequired ? matching * Share(Length(c)) : rarest < 0 ? matching + Length(c) : matching;
                }
            }

            return postings + (matching * plan.Filters.Length);
        }

        // Per candidate: itself, the filters (checked first, all but a leading keyword filter), and each clause it is
        // verified against: about one for the call and the comparison plus half the log2 of the postings the cursor
        // leaps per candidate (galloping). Verifying stops at the first missing required term (they are checked rarest
        // first) or present must-not term, so a clause counts only for the share of candidates expected to reach it.
        public double LeadCost(int candidates, int leading)
        {
            var positive = plan.Positive;
            Span<int> required = stackalloc int[positive.Length];
            var count = 0;
            for (var c = 0; c < positive.Length; c++)
            {
                if (positive[c].IsRequired && c != leading)
                {
                    required[count++] = Length(c);
                }
            }

            var byLength = required[..count];
            byLength.Sort();
            var perCandidate = 1d + plan.Filters.Length - (leading < 0 ? 1 : 0);
            var reaching = 1d;
            foreach (var length in byLength)
            {
                perCandidate += reaching * Verifying(length, candidates);
                reaching *= Share(length);
            }

            for (var c = positive.Length; c < positive.Length + plan.Negative.Length; c++)
            {
                perCandidate += reaching * Verifying(Length(c), candidates);
                reaching *= 1 - Share(Length(c));
            }

            for (var c = 0; c < positive.Length; c++)
            {
                perCandidate += positive[c].IsRequired ? 0 : reaching * Verifying(Length(c), candidates);
            }

            return candidates * perCandidate;
        }

        private double Share(int length) => length / (double)maxDoc;

        private static double Verifying(int length, int candidates) => 1 + (Math.Log2(1 + (length / (double)candidates)) / 2);
    }
}
