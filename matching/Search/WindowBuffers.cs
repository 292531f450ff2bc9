using System.Buffers;
using Matching.Engine.Index;

namespace Matching.Engine.Search;

// The scratch arrays of one search, rented once: a window of documents scored term-at-a-time, as
// Lucene's BooleanScorer does, with bitsets of the candidates and the excluded.
internal sealed class WindowBuffers : IDisposable
{
    public const int Size = 2048;

    private readonly PostingsCursor?[] _textCursors;
    private CandidateScorer? _scorer;
    private AdvancingScorer? _verifier;

    public WindowBuffers(int clauseCount)
    {
        Scores = ArrayPool<double>.Shared.Rent(Size);
        OptionalScores = ArrayPool<double>.Shared.Rent(Size);
        RequiredCounts = ArrayPool<int>.Shared.Rent(Size);
        ShouldCounts = ArrayPool<int>.Shared.Rent(Size);
        Candidates = ArrayPool<ulong>.Shared.Rent(Size / 64);
        Touched = ArrayPool<ulong>.Shared.Rent(Size / 64);
        Excluded = ArrayPool<ulong>.Shared.Rent(Size / 64);
        Matched = ArrayPool<int>.Shared.Rent(Size);
        Selection = ArrayPool<int>.Shared.Rent(Size);
        Distances = ArrayPool<double>.Shared.Rent(Size);
        Starts = ArrayPool<int>.Shared.Rent(Math.Max(1, clauseCount));
        Ends = ArrayPool<int>.Shared.Rent(Math.Max(1, clauseCount));
        _textCursors = new PostingsCursor?[clauseCount];
    }

    // Must terms' scores, summed in double.
    public double[] Scores { get; }

    // Should terms' scores, summed apart: Lucene adds the two sums only after rounding each to float.
    public double[] OptionalScores { get; }

    public int[] RequiredCounts { get; }

    public int[] ShouldCounts { get; }

    public ulong[] Candidates { get; }

    // Documents in the postings of a must, filter or should term: only these have scores and counts.
    public ulong[] Touched { get; }

    public ulong[] Excluded { get; }

    // The window's matches, as offsets into it, for the facets and the candidate scorer.
    public int[] Matched { get; }

    // The window's candidates, as offsets into it, ascending, as the filters narrow them.
    public int[] Selection { get; }

    // The window's matches' distances from the request's origin, kept until they are scored.
    public double[] Distances { get; }

    // Each clause's postings range in the segment (numbered as in QueryPlan.Range): what ConjunctionLead weighs.
    public int[] Starts { get; }

    public int[] Ends { get; }

    // A clause's postings cursor, made when the search first reads that clause's postings.
    public PostingsCursor TextCursor(int clause) => _textCursors[clause] ??= PostingsCursor.Rent();

    // Scores candidates from their own terms when the text only ranks; made once per search, when first needed.
    public CandidateScorer Scorer(QueryPlan plan) => _scorer ??= new CandidateScorer(plan);

    // Verifies and scores text that decides the matches for the candidates a rarer side leads with; made once per search.
    public AdvancingScorer Verifier(QueryPlan plan) => _verifier ??= new AdvancingScorer(plan);

    public void Dispose()
    {
        ArrayPool<double>.Shared.Return(Scores);
        ArrayPool<double>.Shared.Return(OptionalScores);
        ArrayPool<int>.Shared.Return(RequiredCounts);
        ArrayPool<int>.Shared.Return(ShouldCounts);
        ArrayPool<ulong>.Shared.Return(Candidates);
        ArrayPool<ulong>.Shared.Return(Touched);
        ArrayPool<ulong>.Shared.Return(Excluded);
        ArrayPool<int>.Shared.Return(Matched);
        ArrayPool<int>.Shared.Return(Selection);
        ArrayPool<double>.Shared.Return(Distances);
        ArrayPool<int>.Shared.Return(Starts);
        ArrayPool<int>.Shared.Return(Ends);
        foreach (var cursor in _textCursors)
        {
            if (cursor is not null)
            {
                PostingsCursor.Return(cursor);
            }
        }

        _verifier?.Dispose();
    }
}
