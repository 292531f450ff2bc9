using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Matching.Tests.LucenePeer;

/// <summary>
/// A <see cref="PeerCorpus"/> in Lucene.Net 4.8: the body as a <see cref="TextField"/> split by the whitespace
/// tokenizer (the same terms the engine indexes), the keyword as a <see cref="StringField"/>, the number as an
/// <see cref="Int32Field"/>, scored with <see cref="Lucene9Bm25Similarity"/>; and <see cref="PeerQuery"/> as its queries.
/// </summary>
internal sealed class LuceneCorpusIndex : IDisposable
{
    private static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly LuceneDirectory _directory;
    private readonly DirectoryReader _reader;

    /// <summary>Indexes the corpus in order into <paramref name="directory"/>, in segments of <paramref name="segmentDocs"/> documents.</summary>
    public LuceneCorpusIndex(PeerCorpus corpus, LuceneDirectory directory, int segmentDocs)
    {
        _directory = directory;
        var similarity = new Lucene9Bm25Similarity();
        var config = new IndexWriterConfig(Version, new WhitespaceAnalyzer(Version))
        {
            OpenMode = OpenMode.CREATE,
            Similarity = similarity,
            // A flush every segmentDocs documents and no merges: one thread then gives document ids in corpus order,
            // as the engine's are, so ties (broken by the lower id on both sides) fall the same way.
            MaxBufferedDocs = Math.Clamp(segmentDocs, 2, corpus.Documents.Count + 1),
            RAMBufferSizeMB = IndexWriterConfig.DISABLE_AUTO_FLUSH,
            MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var document in corpus.Documents)
            {
                writer.AddDocument(
                [
                    new TextField(PeerCorpus.Body, document.Body, Field.Store.NO),
                    new StringField(PeerCorpus.Sector, document.Sector, Field.Store.NO),
                    new Int32Field(PeerCorpus.Number, document.Number, Field.Store.NO),
                ]);
            }

            writer.Commit();
        }

        _reader = DirectoryReader.Open(directory);
        Searcher = new IndexSearcher(_reader) { Similarity = similarity };
    }

    public IndexSearcher Searcher { get; }

    public int SegmentCount => _reader.Leaves.Count;

    public static Query ToQuery(PeerQuery query)
    {
        var boolean = new BooleanQuery();
        foreach (var term in query.Must)
        {
            boolean.Add(new TermQuery(new Term(PeerCorpus.Body, term)), Occur.MUST);
        }

        foreach (var term in query.Should)
        {
            boolean.Add(new TermQuery(new Term(PeerCorpus.Body, term)), Occur.SHOULD);
        }

        foreach (var term in query.MustNot)
        {
            boolean.Add(new TermQuery(new Term(PeerCorpus.Body, term)), Occur.MUST_NOT);
        }

        if (query.Sector is { } sector)
        {
            boolean.Add(Filter(new TermQuery(new Term(PeerCorpus.Sector, sector))), Occur.MUST);
        }

        if (query.Numbers is { } numbers)
        {
            boolean.Add(Filter(NumericRangeQuery.NewInt32Range(PeerCorpus.Number, numbers.From, numbers.To, true, true)), Occur.MUST);
        }

        return boolean;
    }

    public TopDocs Search(Query query, int limit) => Searcher.Search(query, limit);

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    // Lucene 4.8 has no FILTER occur (Lucene 5 added it): a required clause with a constant score of 0 is the same
    // thing, a condition that must hold and adds nothing to the score, and it makes should clauses optional.
    private static ConstantScoreQuery Filter(Query query) => new(query) { Boost = 0f };
}
