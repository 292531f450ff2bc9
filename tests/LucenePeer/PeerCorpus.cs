using System.Text;

namespace Matching.Tests.LucenePeer;

/// <summary>
/// A deterministic corpus that our engine and Lucene.Net index term for term. Each document has 4 to 120 terms drawn
/// by Zipf's law from a vocabulary of half as many terms as documents (so postings run from nearly every document down
/// to one), a keyword from a few hundred values (Zipf-distributed too, as real categories are) and a number from 0 to
/// 9,999. The terms are generated already analyzed: both sides only split the text on spaces.
/// </summary>
internal sealed class PeerCorpus
{
    public const string Body = "body";
    public const string Sector = "sector";
    public const string Number = "number";
    public const int NumberCount = 10_000;

    private const int MinLength = 4;
    private const int MaxLength = 120;
    private const double TermExponent = 1.0;
    private const double SectorExponent = 0.7;

    private PeerCorpus(int seed, string[] vocabulary, string[] sectors, PeerDocument[] documents, long tokens)
    {
        Seed = seed;
        Vocabulary = vocabulary;
        Sectors = sectors;
        Documents = documents;
        Tokens = tokens;
        SectorSampler = new ZipfSampler(sectors.Length, SectorExponent);
    }

    public int Seed { get; }

    /// <summary>The terms by Zipf rank: the first is the most frequent.</summary>
    public IReadOnlyList<string> Vocabulary { get; }

    /// <summary>The keyword values by Zipf rank.</summary>
    public IReadOnlyList<string> Sectors { get; }

    public IReadOnlyList<PeerDocument> Documents { get; }

    /// <summary>The number of terms in all documents together.</summary>
    public long Tokens { get; }

    /// <summary>Draws keyword values as often as the documents hold them, for queries that filter on popular values more.</summary>
    public ZipfSampler SectorSampler { get; }

    public static PeerCorpus Generate(int documents, int seed, int sectorCount = 300)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(documents, 1);
        var random = new Random(seed);
        var vocabulary = Enumerable.Range(0, Math.Max(1_000, documents / 2)).Select(TermName).ToArray();
        var sectors = Enumerable.Range(0, sectorCount).Select(rank => $"s{rank:D3}").ToArray();
        var terms = new ZipfSampler(vocabulary.Length, TermExponent);
        var sectorSampler = new ZipfSampler(sectors.Length, SectorExponent);
        var generated = new PeerDocument[documents];
        var body = new StringBuilder();
        var tokens = 0L;
        for (var ordinal = 0; ordinal < documents; ordinal++)
        {
            body.Clear();
            var length = random.Next(MinLength, MaxLength + 1);
            for (var i = 0; i < length; i++)
            {
                body.Append(i == 0 ? "" : " ").Append(vocabulary[terms.Next(random)]);
            }

            tokens += length;
            generated[ordinal] = new PeerDocument(ordinal, body.ToString(), sectors[sectorSampler.Next(random)], random.Next(NumberCount));
        }

        return new PeerCorpus(seed, vocabulary, sectors, generated, tokens);
    }

    // Rank in base 26, as letters: word-like terms of varied lengths and prefixes for the terms dictionaries.
    private static string TermName(int rank)
    {
        var name = new StringBuilder();
        do
        {
            name.Insert(0, (char)('a' + (rank % 26)));
            rank = (rank / 26) - 1;
        }
        while (rank >= 0);

        return name.ToString();
    }
}
