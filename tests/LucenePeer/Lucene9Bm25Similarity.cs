using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Matching.Tests.LucenePeer;

/// <summary>
/// Lucene 9's BM25 (k1 = 1.2, b = 0.75) for Lucene.Net 4.8, whose own BM25Similarity has the older formula: a (k1 + 1)
/// factor and lengths stored as 1 / sqrt(length) in a lossy float byte. Here, as in Lucene 9: the norm is the field
/// length in <c>SmallFloat.intToByte4</c>'s byte, <c>idf = ln(1 + (N - n + 0.5) / (n + 0.5))</c> with N the documents
/// that have the field, and a term scores <c>w - w / (1 + freq * inv[norm])</c> with <c>w = boost * idf</c> and
/// <c>inv = 1 / (k1 * (1 - b + b * dl / avgdl))</c>, every step in float as Lucene 9 rounds it. No coord, no query norm.
/// Written from Lucene 9's formulas, not from the engine's code, so that the comparison checks the engine's scoring too.
/// </summary>
internal sealed class Lucene9Bm25Similarity : Similarity
{
    private const float K1 = 1.2f;
    private const float B = 0.75f;
    private const int ExactLengths = 24;

    // Decoded lengths by norm byte. intToByte4 keeps 0-23 as they are and above that 4 significant bits of
    // (length - 24); a length is encoded as the largest code whose decoded length does not exceed it.
    private static readonly int[] Lengths = [.. Enumerable.Range(0, 256).Select(DecodeLength)];

    public override long ComputeNorm(FieldInvertState state)
    {
        // discountOverlaps: tokens stacked on the previous position do not lengthen the field.
        var length = state.Length - state.NumOverlap;
        var code = Array.BinarySearch(Lengths, length);
        return code >= 0 ? code : ~code - 1;
    }

    public override float Coord(int overlap, int maxOverlap) => 1f;

    public override float QueryNorm(float valueForNormalization) => 1f;

    public override SimWeight ComputeWeight(float queryBoost, CollectionStatistics collectionStats, params TermStatistics[] termStats)
    {
        if (termStats.Length != 1)
        {
            throw new NotSupportedException("Only term queries are compared; phrases would sum the terms' idf.");
        }

        var docCount = collectionStats.DocCount;
        var docFreq = termStats[0].DocFreq;
        var idf = (float)Math.Log(1 + ((docCount - docFreq + 0.5D) / (docFreq + 0.5D)));
        var averageLength = (float)(collectionStats.SumTotalTermFreq / (double)docCount);
        var normInverses = new float[256];
        for (var norm = 0; norm < normInverses.Length; norm++)
        {
            normInverses[norm] = 1f / (K1 * ((1 - B) + (B * Lengths[norm] / averageLength)));
        }

        return new Bm25Weight(collectionStats.Field, queryBoost, idf, normInverses);
    }

    public override SimScorer GetSimScorer(SimWeight weight, AtomicReaderContext context)
    {
        var term = (Bm25Weight)weight;
        return new Bm25Scorer(term, context.AtomicReader.GetNormValues(term.Field));
    }

    private static int DecodeLength(int code)
    {
        if (code < ExactLengths)
        {
            return code;
        }

        // Lucene's int4: 3 mantissa bits below an implicit 1, and in the bits above them the shift plus one (0: no shift, no implicit bit).
        var int4 = code - ExactLengths;
        var shift = (int4 >> 3) - 1;
        return ExactLengths + (shift < 0 ? int4 : ((int4 & 0x07) | 0x08) << shift);
    }

    private sealed class Bm25Weight(string fieldName, float queryBoost, float idf, float[] normInverses) : SimWeight
    {
        public string Field => fieldName;

        public float[] NormInverses => normInverses;

        public float Weight { get; private set; } = queryBoost * idf;

        public override float GetValueForNormalization() => Weight * Weight;

        // Called once per search with the boosts of the enclosing queries; the query norm is 1 (see QueryNorm).
        public override void Normalize(float queryNorm, float topLevelBoost) => Weight = queryBoost * topLevelBoost * idf;
    }

    private sealed class Bm25Scorer(Bm25Weight weight, NumericDocValues norms) : SimScorer
    {
        private readonly float _weight = weight.Weight;

        public override float Score(int doc, float freq)
        {
            var normInverse = weight.NormInverses[(byte)norms.Get(doc)];
            return _weight - (_weight / (1f + (freq * normInverse)));
        }

        public override float ComputeSlopFactor(int distance) => 1f / (distance + 1);

        public override float ComputePayloadFactor(int doc, int start, int end, Lucene.Net.Util.BytesRef payload) => 1f;
    }
}
