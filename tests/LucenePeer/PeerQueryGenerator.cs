namespace Matching.Tests.LucenePeer;

/// <summary>Deterministic random queries of each <see cref="PeerShape"/> over a <see cref="PeerCorpus"/>.</summary>
internal sealed class PeerQueryGenerator(PeerCorpus corpus, int seed)
{
    // The commonest ranks hold stop words in real text, which the analyzer drops from queries.
    private const int StopWordRanks = 5;

    // Must-not terms come from the common ones, or they would seldom exclude anything.
    private const int MustNotRanks = 300;

    private readonly Random _random = new(seed);

    public PeerQuery[] Generate(PeerShape shape, int count) => [.. Enumerable.Range(0, count).Select(_ => Next(shape))];

    public PeerQuery Next(PeerShape shape)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        return shape switch
        {
            PeerShape.PlainBm25 or PeerShape.PlainBm25LowerBoundTotals => new PeerQuery(shape, [], Terms(used, 2, 4), [], null, null),
            PeerShape.FilterDrivenOptionalText => new PeerQuery(shape, [], Terms(used, 1, 3), [], Sector(), Numbers()),
            // At most two must terms: Lucene.Net 4.8 adds must scores in float, one by one, where Lucene 9 and the engine add
            // in double and round once; two floats give the same sum either way, three can differ in the last bit.
            PeerShape.RequiredTextWithFilters => new PeerQuery(shape, Terms(used, 1, 2), [], [], Sector(), Numbers()),
            PeerShape.BooleanMix => new PeerQuery(shape, Terms(used, 1, 2), Terms(used, 1, 2), Terms(used, 1, 1, MustNotRanks), null, null),
            _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, null),
        };
    }

    // Log-uniform ranks: as many terms from ranks 5-50 as from 50-500 or 500-5,000, so postings of every length occur.
    private string[] Terms(HashSet<string> used, int min, int max, int ranks = int.MaxValue)
    {
        var count = _random.Next(min, max + 1);
        var limit = Math.Min(ranks, corpus.Vocabulary.Count) - StopWordRanks;
        var terms = new List<string>(count);
        while (terms.Count < count)
        {
            var rank = StopWordRanks + (int)Math.Exp(_random.NextDouble() * Math.Log(limit)) - 1;
            var term = corpus.Vocabulary[rank];
            if (used.Add(term))
            {
                terms.Add(term);
            }
        }

        return [.. terms];
    }

    private string Sector() => corpus.Sectors[corpus.SectorSampler.Next(_random)];

    // Between a tenth and seven tenths of all numbers.
    private PeerRange Numbers()
    {
        var width = _random.Next(PeerCorpus.NumberCount / 10, PeerCorpus.NumberCount * 7 / 10);
        var from = _random.Next(PeerCorpus.NumberCount - width);
        return new PeerRange(from, from + width);
    }
}
