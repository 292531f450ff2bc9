using System.Runtime.CompilerServices;

namespace Matching.Engine.Search;

// Upper bounds on the final score of a document of a should-term disjunction from a bound on its clause scores, for
// MaxScoreCollector to rule documents out exactly: the score is relevanceBase + (float)(clause scores summed in double
// in clause order), times functions of which decays and penalties are at most 1 and preferences at most
// preferenceBound (QueryPlan.Combine). Every step of that computation rounds monotonically, so the same steps on a
// larger input never give a smaller result.
internal readonly struct ScoreBound(float relevanceBase, float preferenceBound)
{
    // Non-negative float scores added up in double in another order than the clause order differ from the clause-order
    // sum by less than (n - 1) * 2^-53 of it each way, for n scores: far less than 2^-40 for the at most 128 (scores and
    // best scores) a bound adds. Times this, a bound summed in any order is at least the clause-order sum it bounds.
    private const double SumSlack = 1 + (1d / (1L << 40));

    // At least the final score of a document whose clause scores, added up in any order, are at most sum.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public float Of(double sum) => (relevanceBase + (float)(sum * SumSlack)) * preferenceBound;

    // A product freq * normInverse at or below which a posting of a clause of this weight cannot make its document beat
    // toBeat when the document's other clauses add at most others: the score inverted in double, then checked (and
    // lowered until it holds) with Bm25Similarity.Score's own float operations, which, like Of, never decrease as the
    // product grows. 0 when nothing can be ruled out so.
    public float MinCompetitiveProduct(float weight, double others, float toBeat)
    {
        var score = (((toBeat / (double)preferenceBound) - relevanceBase) / SumSlack) - others;
        if (!(score > 0))
        {
            return 0f;
        }

        var product = score >= weight ? float.MaxValue : (float)(score / (weight - score));
        for (var attempt = 0; attempt < 4; attempt++)
        {
            if (Of(Bm25Similarity.Score(weight, 1f, product) + others) <= toBeat)
            {
                return product;
            }

            product *= attempt == 0 ? 1 - (1f / 4096) : 0.5f;
        }

        return 0f;
    }
}
