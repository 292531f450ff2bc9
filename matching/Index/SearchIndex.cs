using System.Runtime.ExceptionServices;
using Matching.Engine.Search;

namespace Matching.Engine.Index;

/// <summary>
/// A live, in-memory inverted index: one writer at a time changes it, and every change is published as a
/// new <see cref="IndexSnapshot"/> that the next query sees, the way Lucene's near-real-time readers work.
/// </summary>
/// <remarks>
/// <para>
/// Each upsert writes its documents into a new small segment and tombstones the previous copy; a delete
/// only adds a tombstone. Adjacent segments of similar size are merged (small merges at once on the
/// writer's thread, large ones in the background), which drops deleted documents for good. A write
/// therefore costs about the size of the document, never a rebuild of the index.
/// </para>
/// <para>
/// BM25 statistics count live documents only: N and the field's token count are kept up to date on every
/// add and delete, and n is counted over live postings per query. Lucene counts deleted documents until
/// their segment merges; exact live statistics make scores independent of merge timing.
/// </para>
/// </remarks>
public sealed class SearchIndex
{
    private const int ParallelAnalysisMinDocs = 1_000;

    private readonly Lock _lock = new();
    private readonly ITextAnalyzer _analyzer;
    private readonly List<SegmentSlot> _slots = [];
    private readonly Dictionary<Guid, DocAddress> _addresses = [];
    private readonly long[] _docCounts;
    private readonly long[] _sumTotalTermFreqs;
    private IndexSnapshot _snapshot;
    private long _generation;
    private Task? _backgroundMerge;
    private Exception? _mergeFailure;
    private int _mergesDeferred;

    /// <summary>Creates an empty index.</summary>
    /// <param name="schema">The fields.</param>
    /// <param name="analyzer">The analyzer for text fields and query text; must be thread-safe.</param>
    /// <param name="options">Tuning; defaults when null.</param>
    public SearchIndex(IndexSchema schema, ITextAnalyzer analyzer, SearchIndexOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(analyzer);
        Options = options ?? new SearchIndexOptions();
        Options.Validate();
        Schema = schema;
        _analyzer = analyzer;
        _docCounts = new long[schema.TextFields.Count];
        _sumTotalTermFreqs = new long[schema.TextFields.Count];
        _snapshot = new IndexSnapshot(schema, analyzer, [], _docCounts, _sumTotalTermFreqs, 0, 0);
    }

    /// <summary>The schema.</summary>
    public IndexSchema Schema { get; }

    /// <summary>The options.</summary>
    public SearchIndexOptions Options { get; }

    /// <summary>The number of live documents in the latest snapshot.</summary>
    public int Count => Snapshot().Count;

    /// <summary>The latest snapshot; grab it once per query.</summary>
    /// <returns>The snapshot.</returns>
    public IndexSnapshot Snapshot() => Volatile.Read(ref _snapshot);

    /// <summary>Adds a document, or replaces the one with the same id.</summary>
    /// <param name="document">The document.</param>
    /// <exception cref="ArgumentException">The document names a field the schema lacks, or has a location the schema does not.</exception>
    public void Upsert(IndexDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Upsert([document]);
    }

    /// <summary>
    /// Adds or replaces documents as one change: one new snapshot shows all of them. A later document with
    /// the same id as an earlier one in the batch wins. Bulk loads go through here.
    /// </summary>
    /// <param name="documents">The documents.</param>
    /// <exception cref="ArgumentException">A document is invalid; then nothing is changed.</exception>
    public void Upsert(IEnumerable<IndexDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);

        // Analysis and segment building need no lock: only publishing the result does.
        var latest = new List<IndexDocument>();
        var seen = new HashSet<Guid>();
        foreach (var document in documents.Reverse())
        {
            ArgumentNullException.ThrowIfNull(document, nameof(documents));
            if (seen.Add(document.Id))
            {
                latest.Add(document);
            }
        }

        latest.Reverse();
        var analyzed = Analyze(latest);
        var segments = analyzed.Chunk(Options.MaxBatchSegmentDocs).Select(chunk => SegmentBuilder.Build(chunk, Schema)).ToList();
        if (segments.Count == 0)
        {
            return;
        }

        lock (_lock)
        {
            foreach (var segment in segments)
            {
                var slot = new SegmentSlot(segment);
                _slots.Add(slot);
                for (var doc = 0; doc < segment.MaxDoc; doc++)
                {
                    if (_addresses.Remove(segment.Ids[doc], out var previous))
                    {
                        DeleteAt(previous);
                    }

                    _addresses[segment.Ids[doc]] = new DocAddress(slot, doc);
                    UpdateStatistics(segment, doc, +1);
                }
            }

            RunMergePolicy();
            Publish();
        }
    }

    /// <summary>Deletes a document.</summary>
    /// <param name="id">The document's id.</param>
    /// <returns>Whether the document was in the index.</returns>
    public bool Delete(Guid id)
    {
        lock (_lock)
        {
            if (!_addresses.Remove(id, out var address))
            {
                return false;
            }

            DeleteAt(address);
            RunMergePolicy();
            Publish();
            return true;
        }
    }

    /// <summary>Searches the latest snapshot with <see cref="SearchIndexOptions.Similarity"/>.</summary>
    /// <param name="request">The query.</param>
    /// <returns>The results.</returns>
    public SearchResults Search(SearchRequest request) => new IndexSearcher(Snapshot(), Options.Similarity).Search(request);

    /// <summary>Runs a query on a snapshot taken before, e.g. the one its text was parsed against (<see cref="TextQuery"/>).</summary>
    /// <param name="snapshot">A snapshot of this index.</param>
    /// <param name="request">The query.</param>
    /// <returns>The page of hits, the total and the facets.</returns>
    public SearchResults Search(IndexSnapshot snapshot, SearchRequest request) => new IndexSearcher(snapshot, Options.Similarity).Search(request);

    /// <summary>
    /// The fingerprint this index would hold for <paramref name="document"/> (see <see cref="DocumentFingerprint"/>),
    /// to compare with <see cref="DocumentFingerprint.Of(IndexSnapshot)"/> without indexing it.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <returns>The fingerprint.</returns>
    public ulong Fingerprint(IndexDocument document) =>
        DocumentFingerprint.Of(AnalyzedDocument.Create(document, Schema, _analyzer, new AnalysisScratch()));

    /// <summary>
    /// Reads a snapshot that <see cref="IndexSnapshot.WriteTo"/> wrote, with this index's schema and analyzer, and
    /// changes nothing: search it, or make it this index's contents with <see cref="Restore"/>.
    /// </summary>
    /// <param name="input">The input, at what <see cref="IndexSnapshot.WriteTo"/> wrote.</param>
    /// <returns>The snapshot, equal to the one written.</returns>
    /// <exception cref="InvalidDataException">
    /// The input is truncated or corrupt, has another <see cref="IndexSnapshot.FormatVersion"/>, or other fields than this index.
    /// </exception>
    /// <remarks>Corruption is found where it breaks the layout; the checksum after the snapshot finds the rest.</remarks>
    public IndexSnapshot ReadSnapshot(IndexInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var version = input.ReadInt32();
        if (version != IndexSnapshot.FormatVersion)
        {
            throw new InvalidDataException($"The saved index has format version {version}; this build reads version {IndexSnapshot.FormatVersion}.");
        }

        if (!Schema.Matches(input))
        {
            throw new InvalidDataException("The saved index has other fields than this index.");
        }

        var views = new SegmentView[input.ReadCount(1)];
        var docCounts = new long[_docCounts.Length];
        var sumTotalTermFreqs = new long[_sumTotalTermFreqs.Length];
        var live = new HashSet<Guid>();
        long docBase = 0;
        for (var i = 0; i < views.Length; i++)
        {
            var segment = Segment.ReadFrom(input, Schema);
            var deleted = DeletedDocs.ReadFrom(input, segment.MaxDoc);
            if (docBase + segment.MaxDoc > int.MaxValue)
            {
                throw IndexInput.Corrupt("more documents than an index holds");
            }

            views[i] = new SegmentView(segment, deleted, (int)docBase);
            docBase += segment.MaxDoc;
            for (var doc = 0; doc < segment.MaxDoc; doc++)
            {
                if (deleted.Contains(doc))
                {
                    continue;
                }

                if (!live.Add(segment.Ids[doc]))
                {
                    throw IndexInput.Corrupt($"document {segment.Ids[doc]} live twice");
                }

                UpdateStatistics(docCounts, sumTotalTermFreqs, segment, doc, +1);
            }
        }

        return new IndexSnapshot(Schema, _analyzer, views, docCounts, sumTotalTermFreqs, live.Count, 0);
    }

    /// <summary>
    /// Makes <paramref name="snapshot"/> (one that <see cref="ReadSnapshot"/> of this index returned) the contents of
    /// this index, which must be empty, and publishes it as one change. Later writes and merges go on from there as
    /// they would have in the index that was saved.
    /// </summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <exception cref="ArgumentException">The snapshot has another schema than this index.</exception>
    /// <exception cref="InvalidOperationException">The index holds documents.</exception>
    public void Restore(IndexSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (!ReferenceEquals(snapshot.Schema, Schema))
        {
            throw new ArgumentException("The snapshot is of an index with another schema.", nameof(snapshot));
        }

        lock (_lock)
        {
            if (_slots.Count > 0 || _addresses.Count > 0)
            {
                throw new InvalidOperationException("Only an empty index can be restored.");
            }

            _addresses.EnsureCapacity(snapshot.Count);
            foreach (var view in snapshot.Segments)
            {
                var slot = new SegmentSlot(view.Segment) { Deleted = view.Deleted };
                _slots.Add(slot);
                for (var doc = 0; doc < view.Segment.MaxDoc; doc++)
                {
                    if (!view.Deleted.Contains(doc))
                    {
                        _addresses[view.Segment.Ids[doc]] = new DocAddress(slot, doc);
                    }
                }
            }

            for (var field = 0; field < _docCounts.Length; field++)
            {
                (_docCounts[field], _sumTotalTermFreqs[field]) = snapshot.Statistics(field);
            }

            RunMergePolicy();
            Publish();
        }
    }

    /// <summary>Waits until no background merge is running.</summary>
    /// <exception cref="InvalidOperationException">A background merge failed; the index stays correct, only unmerged.</exception>
    public void WaitForMerges()
    {
        while (true)
        {
            Task? merge;
            lock (_lock)
            {
                merge = _backgroundMerge;
                if (merge is null)
                {
                    if (_mergeFailure is { } failure)
                    {
                        throw new InvalidOperationException("A background merge failed.", failure);
                    }

                    return;
                }
            }

            merge.Wait();
        }
    }

    /// <summary>
    /// Holds the merge policy back until the returned scope is disposed, for a bulk load that ends with
    /// <see cref="ForceMerge"/>: each document is then merged once, where the policy would rewrite it once per level.
    /// Searches stay correct meanwhile, over more segments. Scopes may nest; the last one disposed lets merges run.
    /// </summary>
    /// <returns>The scope.</returns>
    public IDisposable DeferMerges()
    {
        lock (_lock)
        {
            _mergesDeferred++;
        }

        return new MergeDeferral(this);
    }

    private void ResumeMerges()
    {
        lock (_lock)
        {
            if (--_mergesDeferred == 0)
            {
                RunMergePolicy();
                Publish();
            }
        }
    }

    /// <summary>Merges all segments into one without deleted documents, on this thread (e.g. after a bulk load).</summary>
    public void ForceMerge()
    {
        while (true)
        {
            WaitForMerges();
            lock (_lock)
            {
                if (_backgroundMerge is not null)
                {
                    continue;
                }

                if (_slots.Count > 1 || (_slots.Count == 1 && _slots[0].Deleted.Count > 0))
                {
                    MergeNow(0, _slots.Count);
                    Publish();
                }

                return;
            }
        }
    }

    private AnalyzedDocument[] Analyze(List<IndexDocument> documents)
    {
        var analyzed = new AnalyzedDocument[documents.Count];
        if (documents.Count < ParallelAnalysisMinDocs)
        {
            var scratch = new AnalysisScratch();
            for (var i = 0; i < analyzed.Length; i++)
            {
                analyzed[i] = AnalyzedDocument.Create(documents[i], Schema, _analyzer, scratch);
            }

            return analyzed;
        }

        // Bulk loads analyze on all cores; the analyzer is thread-safe by contract.
        try
        {
            Parallel.For(0, analyzed.Length, () => new AnalysisScratch(), (i, _, scratch) =>
            {
                analyzed[i] = AnalyzedDocument.Create(documents[i], Schema, _analyzer, scratch);
                return scratch;
            }, _ => { });
        }
        catch (AggregateException exception)
        {
            ExceptionDispatchInfo.Capture(exception.InnerExceptions[0]).Throw();
        }

        return analyzed;
    }

    private void DeleteAt(DocAddress address)
    {
        var slot = address.Slot;
        slot.Deleted = slot.Deleted.With(address.Doc);
        UpdateStatistics(slot.Segment, address.Doc, -1);

        // A segment with nothing live left is dropped at once, unless a merge has claimed it.
        if (slot.LiveCount == 0 && !slot.Merging)
        {
            _slots.Remove(slot);
        }
    }

    private void UpdateStatistics(Segment segment, int doc, int sign) => UpdateStatistics(_docCounts, _sumTotalTermFreqs, segment, doc, sign);

    private static void UpdateStatistics(long[] docCounts, long[] sumTotalTermFreqs, Segment segment, int doc, int sign)
    {
        for (var field = 0; field < docCounts.Length; field++)
        {
            var length = segment.Text[field].Lengths[doc];
            if (length > 0)
            {
                docCounts[field] += sign;
                sumTotalTermFreqs[field] += sign * length;
            }
        }
    }

    private void RunMergePolicy()
    {
        if (_mergesDeferred > 0)
        {
            return;
        }

        var backgroundAllowed = _mergeFailure is null;
        while (MergePolicy.FindMerge(_slots, Options, _backgroundMerge is not null || !backgroundAllowed, out var start, out var count, out var inBackground))
        {
            if (inBackground)
            {
                StartBackgroundMerge(start, count);
            }
            else
            {
                MergeNow(start, count);
            }
        }
    }

    private void MergeNow(int start, int count)
    {
        var sources = _slots.GetRange(start, count);
        var merged = SegmentMerger.Merge(
            [.. sources.Select(slot => slot.Segment)], [.. sources.Select(slot => slot.Deleted)], Schema, out _);
        Replace(start, count, merged, DeletedDocs.None);
    }

    private void StartBackgroundMerge(int start, int count)
    {
        var job = new MergeJob([.. _slots.GetRange(start, count)]);
        foreach (var slot in job.Sources)
        {
            slot.Merging = true;
        }

        _backgroundMerge = Task.Run(() => RunBackgroundMerge(job));
    }

    private void RunBackgroundMerge(MergeJob job)
    {
        Segment merged;
        int[][] docMaps;
        try
        {
            merged = SegmentMerger.Merge(job.Segments, job.DeletedAtStart, Schema, out docMaps);
        }
        catch (Exception exception)
        {
            lock (_lock)
            {
                foreach (var slot in job.Sources)
                {
                    slot.Merging = false;
                }

                _mergeFailure = exception;
                _backgroundMerge = null;
                RunMergePolicy();
                Publish();
            }

            return;
        }

        lock (_lock)
        {
            // Deletes that reached the sources while the merge ran are carried over to the merged segment.
            var deletedSince = new List<int>();
            for (var s = 0; s < job.Sources.Length; s++)
            {
                var now = job.Sources[s].Deleted;
                if (now.Count == job.DeletedAtStart[s].Count)
                {
                    continue;
                }

                foreach (var doc in now.Enumerate())
                {
                    if (!job.DeletedAtStart[s].Contains(doc))
                    {
                        deletedSince.Add(docMaps[s][doc]);
                    }
                }
            }

            foreach (var slot in job.Sources)
            {
                slot.Merging = false;
            }

            Replace(_slots.IndexOf(job.Sources[0]), job.Sources.Length, merged, DeletedDocs.None.With(deletedSince));
            _backgroundMerge = null;
            RunMergePolicy();
            Publish();
        }
    }

    private void Replace(int start, int count, Segment merged, DeletedDocs deleted)
    {
        _slots.RemoveRange(start, count);
        if (merged.MaxDoc == deleted.Count)
        {
            return;
        }

        var slot = new SegmentSlot(merged) { Deleted = deleted };
        _slots.Insert(start, slot);
        for (var doc = 0; doc < merged.MaxDoc; doc++)
        {
            if (!deleted.Contains(doc))
            {
                _addresses[merged.Ids[doc]] = new DocAddress(slot, doc);
            }
        }
    }

    private void Publish()
    {
        var views = new SegmentView[_slots.Count];
        var docBase = 0;
        for (var i = 0; i < views.Length; i++)
        {
            views[i] = new SegmentView(_slots[i].Segment, _slots[i].Deleted, docBase);
            docBase += _slots[i].Segment.MaxDoc;
        }

        var snapshot = new IndexSnapshot(
            Schema, _analyzer, views, (long[])_docCounts.Clone(), (long[])_sumTotalTermFreqs.Clone(), _addresses.Count, ++_generation);
        Volatile.Write(ref _snapshot, snapshot);
    }

    private sealed class MergeDeferral(SearchIndex index) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                index.ResumeMerges();
            }
        }
    }
}
