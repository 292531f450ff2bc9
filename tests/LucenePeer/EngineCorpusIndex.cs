using Matching.Engine.Index;
using Matching.Engine.Search;

namespace Matching.Tests.LucenePeer;

/// <summary>A <see cref="PeerCorpus"/> in our engine, through its public API, and <see cref="PeerQuery"/> as its requests.</summary>
internal sealed class EngineCorpusIndex
{
    /// <summary>Matches counted exactly in <see cref="PeerShape.PlainBm25LowerBoundTotals"/>: Lucene's default totalHitsThreshold.</summary>
    public const int TotalHitsThreshold = 1_000;

    private static readonly IndexSchema Schema = new([PeerCorpus.Body], [PeerCorpus.Sector], [PeerCorpus.Number]);

    // The corpus is analyzed already: splitting on spaces gives the terms Lucene.Net's WhitespaceTokenizer gives.
    private static readonly ITextAnalyzer Analyzer = TextAnalyzers.From((string text, List<string> terms) => terms.AddRange(text.Split(' ')));

    /// <summary>Indexes the corpus in order, in segments of <paramref name="segmentDocs"/> documents that are not merged.</summary>
    public EngineCorpusIndex(PeerCorpus corpus, int segmentDocs)
    {
        Index = new SearchIndex(Schema, Analyzer, new SearchIndexOptions
        {
            MaxBatchSegmentDocs = segmentDocs,
            MergeFactor = 64,
            MaxSegmentCount = 64,
            BackgroundMerges = false,
        });
        Index.Upsert(corpus.Documents.Select(ToDocument));
    }

    public SearchIndex Index { get; }

    public static SearchRequest Request(PeerQuery query, int limit) => new()
    {
        Clauses =
        [
            .. query.Must.Select(term => TermClause.Term(PeerCorpus.Body, term, occur: Occur.Must)),
            .. query.Should.Select(term => TermClause.Term(PeerCorpus.Body, term)),
            .. query.MustNot.Select(term => TermClause.Term(PeerCorpus.Body, term, occur: Occur.MustNot)),
        ],
        // Lucene's filter clauses are required clauses, which make should clauses optional; the engine's filters are
        // not clauses, so the request says it.
        MinimumShouldMatch = query.Must.Count == 0 && query.HasFilters ? 0 : null,
        Filters =
        [
            .. query.Sector is null ? [] : new SearchFilter[] { new KeywordFilter(PeerCorpus.Sector, [query.Sector]) },
            .. query.Numbers is null ? [] : new SearchFilter[] { new RangeFilter(PeerCorpus.Number, query.Numbers.From, query.Numbers.To) },
        ],
        Limit = limit,
        TotalHitsThreshold = query.Shape == PeerShape.PlainBm25LowerBoundTotals ? TotalHitsThreshold : int.MaxValue,
    };

    // The id carries the ordinal, so a hit maps back to its document (and its Lucene.Net document id).
    public static Guid IdOf(int ordinal) => new(ordinal, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public static int OrdinalOf(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes);
        return BitConverter.ToInt32(bytes);
    }

    private static IndexDocument ToDocument(PeerDocument document) => new IndexDocument(IdOf(document.Ordinal))
        .WithText(PeerCorpus.Body, document.Body)
        .WithKeywords(PeerCorpus.Sector, document.Sector)
        .WithNumber(PeerCorpus.Number, document.Number);
}
