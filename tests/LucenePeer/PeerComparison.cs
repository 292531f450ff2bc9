using Lucene.Net.Search;
using Matching.Engine.Search;

namespace Matching.Tests.LucenePeer;

/// <summary>How the engine's answer to a <see cref="PeerQuery"/> differs from Lucene.Net's, if it does.</summary>
internal static class PeerComparison
{
    /// <summary>
    /// The first difference in total, number of hits, document order or score (to the bit), or null when the answers
    /// agree. Both sides break score ties by the lower document id, so equal answers come in the same order. A total the
    /// engine marks as a lower bound agrees when it is above the threshold and at most Lucene.Net's exact one.
    /// </summary>
    public static string? Difference(PeerQuery query, TopDocs lucene, SearchResults engine)
    {
        var totalAgrees = engine.TotalHitsRelation == TotalHitsRelation.EqualTo
            ? engine.TotalHits == lucene.TotalHits
            : engine.TotalHits > EngineCorpusIndex.TotalHitsThreshold && engine.TotalHits <= lucene.TotalHits;
        if (!totalAgrees || engine.Hits.Count != lucene.ScoreDocs.Length)
        {
            return $"{query}: total {engine.TotalHits} ({engine.TotalHitsRelation}, {engine.Hits.Count} shown), Lucene.Net {lucene.TotalHits} ({lucene.ScoreDocs.Length} shown)";
        }

        for (var i = 0; i < engine.Hits.Count; i++)
        {
            var (doc, score) = (EngineCorpusIndex.OrdinalOf(engine.Hits[i].Id), engine.Hits[i].Score);
            var expected = lucene.ScoreDocs[i];
            if (doc != expected.Doc || BitConverter.SingleToInt32Bits(score) != BitConverter.SingleToInt32Bits(expected.Score))
            {
                return $"{query}: hit {i} is doc {doc} scored {score:R}, Lucene.Net's doc {expected.Doc} scored {expected.Score:R}";
            }
        }

        return null;
    }
}
