namespace Matching.Engine.Index;

/// <summary>Live statistics of a text field, as BM25 uses them (Lucene's <c>CollectionStatistics</c>).</summary>
/// <param name="DocCount">Live documents with at least one term in the field (N).</param>
/// <param name="SumTotalTermFreq">Tokens in the field over those documents.</param>
public readonly record struct FieldStatistics(long DocCount, long SumTotalTermFreq)
{
    /// <summary>avgdl as Lucene computes it: <c>(float)(SumTotalTermFreq / (double)DocCount)</c>; NaN without documents.</summary>
    public float AverageLength => (float)(SumTotalTermFreq / (double)DocCount);
}
