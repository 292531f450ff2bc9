namespace Matching.Engine.Index;

/// <summary>
/// A consistent, immutable view of an index at one moment, like a Lucene <c>IndexReader</c>: its segments,
/// their tombstones and the live statistics. Writes after it was taken are not seen. Take one per query
/// (<see cref="SearchIndex.Snapshot"/>); it is safe to use from several threads.
/// </summary>
public sealed class IndexSnapshot
{
    private readonly long[] _docCounts;
    private readonly long[] _sumTotalTermFreqs;

    internal IndexSnapshot(IndexSchema schema, ITextAnalyzer analyzer, SegmentView[] segments, long[] docCounts, long[] sumTotalTermFreqs, int count, long generation)
    {
        Schema = schema;
        Analyzer = analyzer;
        Segments = segments;
        _docCounts = docCounts;
        _sumTotalTermFreqs = sumTotalTermFreqs;
        Count = count;
        Generation = generation;
    }

    /// <summary>The version of the layout <see cref="WriteTo"/> writes: <see cref="SearchIndex.ReadSnapshot"/> reads this one only.</summary>
    public const int FormatVersion = 1;

    /// <summary>The schema.</summary>
    public IndexSchema Schema { get; }

    /// <summary>The number of live documents.</summary>
    public int Count { get; }

    /// <summary>Grows by one with every published change; equal generations mean equal contents.</summary>
    public long Generation { get; }

    /// <summary>The number of segments (a measure of merge debt; each costs a term lookup per query term).</summary>
    public int SegmentCount => Segments.Length;

    /// <summary>Postings of the text fields: one per term and document, deleted documents included until their segment merges.</summary>
    public long TextPostingCount => Segments.Sum(view => view.Segment.Text.Sum(postings => (long)postings.PostingCount));

    /// <summary>Postings of the keyword fields: one per value and document, deleted documents included until their segment merges.</summary>
    public long KeywordPostingCount => Segments.Sum(view => view.Segment.Keywords.Sum(values => (long)values.Docs.Length));

    internal ITextAnalyzer Analyzer { get; }

    /// <summary>
    /// An estimate of what the segments' structures take on the managed heap, part by part (postings, forward index,
    /// dictionaries, per-document values), in bytes: where the memory of an index goes. Deletes are left out.
    /// </summary>
    /// <returns>The parts in the order first met, each with its bytes.</returns>
    public IReadOnlyList<KeyValuePair<string, long>> MemoryByPart()
    {
        var memory = new IndexMemory();
        foreach (var view in Segments)
        {
            view.Segment.CountMemory(memory);
        }

        return memory.Parts;
    }

    internal SegmentView[] Segments { get; }

    /// <summary>The live statistics of a text field.</summary>
    /// <param name="field">The text field.</param>
    /// <returns>N (documents with the field) and the field's total token count.</returns>
    /// <exception cref="ArgumentException"><paramref name="field"/> is not a text field.</exception>
    public FieldStatistics GetFieldStatistics(string field)
    {
        var index = Schema.TextFieldIndex(field);
        return new FieldStatistics(_docCounts[index], _sumTotalTermFreqs[index]);
    }

    /// <summary>The number of live documents whose <paramref name="field"/> contains <paramref name="term"/> (n).</summary>
    /// <param name="field">The text field.</param>
    /// <param name="term">The term, as analysis produces it.</param>
    /// <returns>The live document frequency.</returns>
    /// <exception cref="ArgumentException"><paramref name="field"/> is not a text field.</exception>
    public long DocFreq(string field, string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var index = Schema.TextFieldIndex(field);
        long docFreq = 0;
        foreach (var view in Segments)
        {
            if (view.Segment.Text[index].TryGetPostings(term, out var termId, out _, out _))
            {
                docFreq += LiveDocFreq(view, index, termId);
            }
        }

        return docFreq;
    }

    /// <summary>Whether a live document's <paramref name="field"/> contains <paramref name="term"/>; stops at the first.</summary>
    /// <param name="field">The text field.</param>
    /// <param name="term">The term, as analysis produces it.</param>
    /// <returns><see langword="true"/> when <see cref="DocFreq"/> would be above 0.</returns>
    /// <exception cref="ArgumentException"><paramref name="field"/> is not a text field.</exception>
    public bool ContainsTerm(string field, string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var index = Schema.TextFieldIndex(field);
        foreach (var view in Segments)
        {
            if (view.Segment.Text[index].TryGetPostings(term, out var termId, out _, out _) && LiveDocFreq(view, index, termId, stopAtFirst: true) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Writes this snapshot (the fields, the segments and their deletes) in a compact binary form that
    /// <see cref="SearchIndex.ReadSnapshot"/> reads back into an equal snapshot: the same documents, postings and
    /// statistics, so every query answers the same, scores included. What follows from the saved data (the forward
    /// index, keyword postings, geo cells, the live statistics) is not written but derived again. A snapshot does not
    /// change, so the index may take writes meanwhile. The caller ends the stream with <see cref="IndexOutput.WriteChecksum"/>.
    /// </summary>
    /// <param name="output">Where to write; it starts with <see cref="FormatVersion"/>.</param>
    public void WriteTo(IndexOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteInt32(FormatVersion);
        Schema.WriteTo(output);
        output.WriteVarInt(Segments.Length);
        foreach (var view in Segments)
        {
            view.Segment.WriteTo(output);
            view.Deleted.WriteTo(output);
        }
    }

    internal FieldStatistics Statistics(int field) => new(_docCounts[field], _sumTotalTermFreqs[field]);

    // Postings still hold deleted documents until their segment merges, so a segment with tombstones
    // counts its live postings; that keeps n exact without a per-term table to maintain on every write.
    internal static int LiveDocFreq(SegmentView view, int field, int term, bool stopAtFirst = false)
    {
        var deleted = view.Deleted;
        var postingBlocks = view.Segment.Text[field].Blocks;
        if (deleted.Count == 0)
        {
            return postingBlocks.PostingStarts[term + 1] - postingBlocks.PostingStarts[term];
        }

        var live = 0;
        var blocks = postingBlocks.Read(term, stackalloc int[PostingBlocks.BlockSize]);
        while (blocks.MoveNext())
        {
            foreach (var doc in blocks.Docs)
            {
                if (!deleted.Contains(doc))
                {
                    live++;
                }
            }

            if (stopAtFirst && live > 0)
            {
                break;
            }
        }

        return live;
    }
}
