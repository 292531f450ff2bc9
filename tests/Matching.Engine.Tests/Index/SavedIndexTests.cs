using Matching.Engine.Geo;
using Matching.Engine.Index;
using Matching.Engine.Search;
using static Matching.Engine.Tests.TestAnalyzers;

namespace Matching.Engine.Tests.Index;

/// <summary>
/// A snapshot written with <see cref="IndexSnapshot.WriteTo"/> and read back is the same index: the same documents and
/// fingerprints, the same answers to the bit, and after <see cref="SearchIndex.Restore"/> the same answers as the original
/// to every later write. Any damage to the bytes is refused.
/// </summary>
public sealed class SavedIndexTests
{
    private static readonly string[] Words = [.. Enumerable.Range(0, 40).Select(i => $"w{i}")];
    private static readonly GeoPoint Rotterdam = new(51.92, 4.47);

    [Fact]
    public void A_snapshot_read_back_holds_the_same_documents_and_answers_every_query_the_same()
    {
        var index = NewIndex();
        var history = new History(new Random(42));
        using (index.DeferMerges())
        {
            history.Run(index, 400);
        }

        history.Run(index, 200);
        var original = index.Snapshot();

        var read = NewIndex().ReadSnapshot(new IndexInput(Saved(original)));

        Assert.True(original.SegmentCount > 1, $"{original.SegmentCount} segment(s): the test needs several");
        Assert.True(original.TextPostingCount > 0 && history.Deletes > 0);
        Assert.Equal(original.Count, read.Count);
        Assert.Equal(original.SegmentCount, read.SegmentCount);
        Assert.Equal(original.TextPostingCount, read.TextPostingCount);
        Assert.Equal(original.KeywordPostingCount, read.KeywordPostingCount);
        Assert.Equal(original.GetFieldStatistics("title"), read.GetFieldStatistics("title"));
        Assert.Equal(original.GetFieldStatistics("body"), read.GetFieldStatistics("body"));
        Assert.Equal(DocumentFingerprint.Of(original), DocumentFingerprint.Of(read));
        AssertSameAnswers(original, read, new Random(1));
    }

    [Fact]
    public void A_restored_index_answers_as_the_original_through_later_writes_and_merges()
    {
        var original = NewIndex();
        var history = new History(new Random(7));
        history.Run(original, 500);
        var restored = NewIndex();

        restored.Restore(restored.ReadSnapshot(new IndexInput(Saved(original.Snapshot()))));
        var later = new History(new Random(8), history);
        for (var step = 0; step < 600; step++)
        {
            later.Step(original);
            later.Step(restored, replay: true);
        }

        Assert.Equal(original.Snapshot().SegmentCount, restored.Snapshot().SegmentCount);
        Assert.Equal(DocumentFingerprint.Of(original.Snapshot()), DocumentFingerprint.Of(restored.Snapshot()));
        AssertSameAnswers(original.Snapshot(), restored.Snapshot(), new Random(2));
    }

    [Fact]
    public void An_empty_index_is_saved_and_restored_empty()
    {
        var restored = NewIndex();

        restored.Restore(restored.ReadSnapshot(new IndexInput(Saved(NewIndex().Snapshot()))));

        Assert.Equal(0, restored.Count);
        Assert.Equal(0, restored.Snapshot().SegmentCount);
        Assert.Equal(0, restored.Search(new SearchRequest { Clauses = [new TermClause("title", "w1")] }).TotalHits);
    }

    [Fact]
    public void Every_truncation_is_refused()
    {
        var bytes = Saved(SmallIndex().Snapshot()).ToArray();

        for (var length = 0; length < bytes.Length; length++)
        {
            Assert.Throws<InvalidDataException>(() => ReadVerified(bytes.AsSpan(0, length).ToArray()));
        }

        Assert.Equal(SmallIndex().Count, ReadVerified(bytes).Count);
    }

    [Fact]
    public void Every_flipped_byte_is_refused()
    {
        var bytes = Saved(SmallIndex().Snapshot()).ToArray();

        for (var position = 0; position < bytes.Length; position++)
        {
            var damaged = (byte[])bytes.Clone();
            damaged[position] ^= 0x10;
            Assert.Throws<InvalidDataException>(() => ReadVerified(damaged));
        }
    }

    [Fact]
    public void A_snapshot_of_another_format_version_is_refused_before_its_contents_are_read()
    {
        var bytes = Saved(SmallIndex().Snapshot()).ToArray();
        BitConverter.GetBytes(IndexSnapshot.FormatVersion + 1).CopyTo(bytes, 0);

        var refused = Assert.Throws<InvalidDataException>(() => NewIndex().ReadSnapshot(new IndexInput(new MemoryStream(bytes))));

        Assert.Contains($"format version {IndexSnapshot.FormatVersion + 1}", refused.Message);
    }

    [Fact]
    public void A_snapshot_of_an_index_with_other_fields_is_refused()
    {
        var bytes = Saved(SmallIndex().Snapshot());
        var other = new SearchIndex(new IndexSchema(["title", "body"], ["sector", "crebo"], ["hours"], hasLocation: false), Whitespace);

        var refused = Assert.Throws<InvalidDataException>(() => other.ReadSnapshot(new IndexInput(bytes)));

        Assert.Contains("other fields", refused.Message);
    }

    [Fact]
    public void Only_an_empty_index_can_be_restored_and_only_from_its_own_schema()
    {
        var index = SmallIndex();
        var snapshot = index.ReadSnapshot(new IndexInput(Saved(index.Snapshot())));

        Assert.Throws<InvalidOperationException>(() => index.Restore(snapshot));
        Assert.Throws<ArgumentException>(() => NewIndex().Restore(snapshot));
    }

    private static SearchIndex NewIndex() => new(
        new IndexSchema(["title", "body"], ["sector", "crebo"], ["hours"], hasLocation: true),
        Whitespace,
        new SearchIndexOptions { MergeFactor = 3, BackgroundMerges = false, MaxSegmentCount = 8 });

    private static SearchIndex SmallIndex()
    {
        var index = NewIndex();
        var history = new History(new Random(3));
        history.Run(index, 12);
        return index;
    }

    private static MemoryStream Saved(IndexSnapshot snapshot) => SavedSnapshots.Of(snapshot);

    private static IndexSnapshot ReadVerified(byte[] bytes)
    {
        var input = new IndexInput(new MemoryStream(bytes));
        var snapshot = NewIndex().ReadSnapshot(input);
        input.VerifyChecksum();
        return snapshot;
    }

    private static void AssertSameAnswers(IndexSnapshot expected, IndexSnapshot actual, Random random)
    {
        for (var query = 0; query < 40; query++)
        {
            var request = new SearchRequest
            {
                Clauses =
                [
                    new TermClause("title", string.Join(' ', Enumerable.Range(0, 3).Select(_ => Words[random.Next(Words.Length)]))),
                    new TermClause("body", Words[random.Next(Words.Length)], 0.5f),
                ],
                Filters =
                [
                    new KeywordFilter("crebo", [$"c{random.Next(6)}", $"c{random.Next(6)}"]),
                    new RangeFilter("hours", random.Next(20), null),
                    new GeoDistanceFilter(Rotterdam, random.Next(5, 60)),
                ],
                Functions = [new GeoDistanceDecay(Rotterdam, 10)],
                Limit = 1_000,
                Facets = ["sector", "crebo"],
            };

            var want = new IndexSearcher(expected).Search(request);
            var got = new IndexSearcher(actual).Search(request);

            Assert.Equal(want.TotalHits, got.TotalHits);
            Assert.Equal(want.Hits.Select(hit => (hit.Id, hit.Score, hit.DistanceKm)), got.Hits.Select(hit => (hit.Id, hit.Score, hit.DistanceKm)));
            Assert.Equal(want.Facets["sector"], got.Facets["sector"]);
            Assert.Equal(want.Facets["crebo"], got.Facets["crebo"]);
        }
    }

    /// <summary>Random upserts and deletes over a small id space: every field kind, some documents without a location.</summary>
    private sealed class History(Random random, History? continues = null)
    {
        private readonly Guid[] _ids = continues?._ids ?? [.. Enumerable.Range(0, 200).Select(_ => Guid.NewGuid())];
        private IndexDocument? _last;
        private Guid? _lastDelete;

        public int Deletes { get; private set; }

        public void Run(SearchIndex index, int steps)
        {
            for (var step = 0; step < steps; step++)
            {
                Step(index);
            }
        }

        // With replay, repeats the write of the last call on another index instead of drawing a new one.
        public void Step(SearchIndex index, bool replay = false)
        {
            if (!replay)
            {
                (_last, _lastDelete) = Next();
            }

            if (_lastDelete is { } id)
            {
                index.Delete(id);
                Deletes++;
            }
            else
            {
                index.Upsert(_last!);
            }
        }

        private (IndexDocument?, Guid?) Next()
        {
            var id = _ids[random.Next(_ids.Length)];
            if (random.Next(10) < 3)
            {
                return (null, id);
            }

            var document = new IndexDocument(id)
                .WithText("title", Text(random.Next(0, 30)))
                .WithKeywords("sector", $"s{random.Next(5)}")
                .WithKeywords("crebo", [.. Enumerable.Range(0, random.Next(0, 4)).Select(_ => $"c{random.Next(6)}")])
                .WithNumber("hours", random.Next(-5, 40));
            if (random.Next(4) > 0)
            {
                // Now and then a word more than 254 times, which the forward index keeps apart.
                document.WithText("body", random.Next(20) == 0 ? string.Join(' ', Enumerable.Repeat("w0", 300)) : Text(random.Next(0, 30)));
            }

            if (random.Next(5) > 0)
            {
                document.WithLocation(Rotterdam.Latitude + (random.NextDouble() - 0.5), Rotterdam.Longitude + (random.NextDouble() - 0.5));
            }

            return (document, null);
        }

        private string Text(int length) =>
            string.Join(' ', Enumerable.Range(0, length).Select(_ => Words[(int)(Math.Pow(random.NextDouble(), 2) * Words.Length)]));
    }
}
