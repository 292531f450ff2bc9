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
}
