namespace Matching.Tests.LucenePeer;

/// <summary>The query shapes compared with Lucene.Net (issue 15): each is benchmarked and checked for equal results.</summary>
/// <remarks>Public, unlike the rest of the comparison: it is a BenchmarkDotNet parameter and an xUnit theory's argument.</remarks>
public enum PeerShape
{
    /// <summary>Several should terms, BM25, top 10 with the exact total.</summary>
    PlainBm25,

    /// <summary>A keyword and a numeric range filter pick the hits; should terms only rank them (minimumShouldMatch 0).</summary>
    FilterDrivenOptionalText,

    /// <summary>Must terms with the keyword and range filters.</summary>
    RequiredTextWithFilters,

    /// <summary>Must, should and must-not terms together, no filters.</summary>
    BooleanMix,

    /// <summary>
    /// Queries as <see cref="PlainBm25"/>'s, top 10, but the engine counts matches exactly only up to
    /// <see cref="EngineCorpusIndex.TotalHitsThreshold"/> and may give a lower bound beyond (Lucene.Net 4.8 always counts all).
    /// </summary>
    PlainBm25LowerBoundTotals,
}
