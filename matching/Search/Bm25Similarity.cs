using System.Collections.Concurrent;
using Matching.Engine.Index;

namespace Matching.Engine.Search;

/// <summary>
/// Lucene 9's <c>BM25Similarity</c>, float for float: <c>idf = ln(1 + (N - n + 0.5) / (n + 0.5))</c> with N
/// the documents that have the field, <c>avgdl = sumTotalTermFreq / N</c>, lengths decoded from one-byte
/// norms (<see cref="SmallFloat"/>), and per term <c>w - w / (1 + freq * inv[norm])</c> with
/// <c>w = boost * idf</c> and <c>inv = 1 / (k1 * ((1 - b) + b * dl / avgdl))</c>; no (k1 + 1) factor.
/// </summary>
public sealed class Bm25Similarity
{
    private const int KeptNormInverseCaches = 64;
    private static readonly float[] LengthTable = BuildLengthTable();
    private readonly ConcurrentDictionary<float, float[]> _sharedNormInverseCaches = new();
    private int _sharedNormInverseCacheAdds;

    /// <summary>Creates the similarity, checking the parameters as Lucene does.</summary>
    /// <param name="k1">Term frequency saturation; finite and at least 0.</param>
    /// <param name="b">Length normalization, from 0 to 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public Bm25Similarity(float k1 = 1.2f, float b = 0.75f)
    {
        if (!float.IsFinite(k1) || k1 < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(k1), k1, "illegal k1 value: must be a non-negative finite value");
        }

        if (float.IsNaN(b) || b < 0 || b > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(b), b, "illegal b value: must be between 0 and 1");
        }

        K1 = k1;
        B = b;
    }

    /// <summary>k1 = 1.2, b = 0.75.</summary>
    public static Bm25Similarity Default { get; } = new();

    /// <summary>Term frequency saturation.</summary>
    public float K1 { get; }

    /// <summary>Length normalization.</summary>
    public float B { get; }

    /// <summary><c>(float) ln(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5))</c>, computed in double.</summary>
    /// <param name="docFreq">n: documents containing the term.</param>
    /// <param name="docCount">N: documents that have the field.</param>
    /// <returns>The idf.</returns>
    public static float Idf(long docFreq, long docCount) => (float)Math.Log(1 + (docCount - docFreq + 0.5D) / (docFreq + 0.5D));

    /// <summary><c>(float)(sumTotalTermFreq / (double)docCount)</c>.</summary>
    /// <param name="sumTotalTermFreq">Tokens in the field over all documents that have it.</param>
    /// <param name="docCount">Documents that have the field.</param>
    /// <returns>avgdl.</returns>
    public static float AverageFieldLength(long sumTotalTermFreq, long docCount) => (float)(sumTotalTermFreq / (double)docCount);

    /// <summary>The document length a norm byte stands for: <see cref="SmallFloat.Byte4ToInt"/> as a float.</summary>
    /// <param name="norm">The norm byte.</param>
    /// <returns>The length.</returns>
    public static float DecodeLength(byte norm) => LengthTable[norm];

    /// <summary><c>weight - weight / (1f + freq * normInverse)</c>, Lucene's BM25 term score.</summary>
    /// <param name="weight">boost * idf.</param>
    /// <param name="freq">Occurrences of the term in the document.</param>
    /// <param name="normInverse">The entry of <see cref="NormInverseCache"/> for the document's norm.</param>
    /// <returns>The score.</returns>
    public static float Score(float weight, float freq, float normInverse) => weight - weight / (1f + freq * normInverse);

    /// <summary>Per norm byte, <c>1f / (k1 * ((1 - b) + b * dl / avgdl))</c> in float, as Lucene's scorer caches it.</summary>
    /// <param name="averageLength">avgdl.</param>
    /// <returns>256 entries, one per norm byte.</returns>
    public float[] NormInverseCache(float averageLength)
    {
        var cache = new float[256];
        for (var i = 0; i < cache.Length; i++)
        {
            cache[i] = 1f / (K1 * ((1 - B) + B * LengthTable[i] / averageLength));
        }

        return cache;
    }

    // NormInverseCache shared by every query on the same average length: a snapshot's averages stay until the next write,
    // and the queries in between need not compute and allocate the same 256 entries per field again. The arrays are
    // read only. A bounded number of averages is kept; past it the cache starts over.
    internal float[] SharedNormInverseCache(float averageLength)
    {
        if (_sharedNormInverseCaches.TryGetValue(averageLength, out var cache))
        {
            return cache;
        }

        cache = NormInverseCache(averageLength);
        if (Interlocked.Increment(ref _sharedNormInverseCacheAdds) % KeptNormInverseCaches == 0)
        {
            _sharedNormInverseCaches.Clear();
        }

        return _sharedNormInverseCaches.GetOrAdd(averageLength, cache);
    }

    // Lucene's explanation of one term's score in one document.
    internal Explanation ExplainTerm(string field, string term, string? written, int doc, float boost, float idf, long docFreq, long docCount, float averageLength, float[] normInverseCache, int freq, byte norm)
    {
        var weight = boost * idf;
        var score = Score(weight, freq, normInverseCache[norm]);
        var details = new List<Explanation>(3);
        if (boost != 1f)
        {
            // Lucene lists the boost only when it is not 1.
            details.Add(new Explanation(boost, "boost"));
        }

        details.Add(new Explanation(idf, "idf, computed as log(1 + (N - n + 0.5) / (n + 0.5)) from:",
        [
            new Explanation(docFreq, "n, number of documents containing term"),
            new Explanation(docCount, "N, total number of documents with field"),
        ]));

        var length = LengthTable[norm];
        var normValue = K1 * ((1 - B) + B * length / averageLength);
        details.Add(new Explanation((float)freq / (freq + normValue), "tf, computed as freq / (freq + k1 * (1 - b + b * dl / avgdl)) from:",
        [
            new Explanation(freq, "freq, occurrences of term within document"),
            new Explanation(K1, "k1, term saturation parameter"),
            new Explanation(B, "b, length normalization parameter"),
            new Explanation(length, norm > 39 ? "dl, length of field (approximate)" : "dl, length of field"),
            new Explanation(averageLength, "avgdl, average length of field"),
        ]));

        var scoreExplanation = new Explanation(score, $"score(freq={freq}.0), computed as boost * idf * tf from:", details);
        // Lucene's description, with the word as written beside its stem when they differ.
        var source = written is null || written == term ? "" : $" for \"{written}\"";
        return new Explanation(score, $"weight({field}:{term} in {doc}) [BM25Similarity]{source}, result of:", [scoreExplanation]);
    }

    private static float[] BuildLengthTable()
    {
        var table = new float[256];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = SmallFloat.Byte4ToInt((byte)i);
        }

        return table;
    }
}
