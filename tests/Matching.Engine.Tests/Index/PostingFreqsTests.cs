using Matching.Engine.Index;
using Matching.Engine.Search;
using static Matching.Engine.Tests.TestAnalyzers;

namespace Matching.Engine.Tests.Index;

/// <summary>
/// A segment's build keeps a term's frequency in a byte (<see cref="PostingFreqs"/>) and sets aside the rare frequency of
/// 255 or more, and the postings pack it at the width their block needs (<see cref="PostingBlocks"/>): a document that
/// repeats a word that often still scores by its true frequency, in a batch's segment, after a merge and in a snapshot
/// read back.
/// </summary>
public sealed class PostingFreqsTests
{
    // The word's count in each document; every document has the same length, so only the count tells them apart.
    private static readonly int[] Counts = [1, 254, 255, 256, 300, 1_000];
    private const int Length = 1_200;

    [Fact]
    public void Frequencies_of_255_and_more_rank_as_they_are_in_a_segment_after_a_merge_and_when_read_back()
    {
        var index = NewIndex();
        var ids = new Dictionary<Guid, int>();
        foreach (var count in Counts)
        {
            var id = Guid.NewGuid();
            ids[id] = count;
            index.Upsert([new IndexDocument(id).WithText("body", string.Join(' ', Enumerable.Repeat("x", count).Concat(Enumerable.Repeat("filler", Length - count))))]);
        }

        var merged = index.Snapshot();
        Assert.True(merged.SegmentCount < Counts.Length, $"{merged.SegmentCount} segments: the test needs a merge");
        AssertRankedByCount(index.Search(Query), ids);
        AssertStoredCounts(merged);

        var read = NewIndex();
        read.Restore(read.ReadSnapshot(new IndexInput(SavedSnapshots.Of(merged))));
        AssertRankedByCount(read.Search(Query), ids);
        AssertStoredCounts(read.Snapshot());
    }

    private static readonly SearchRequest Query = new() { Clauses = [new TermClause("body", "x")], Limit = 10 };

    private static void AssertRankedByCount(SearchResults results, Dictionary<Guid, int> ids)
    {
        Assert.Equal(Counts.Length, results.TotalHits);
        Assert.Equal(Counts.Reverse(), results.Hits.Select(hit => ids[hit.Id]));
        Assert.Equal(results.Hits.Count, results.Hits.Select(hit => hit.Score).Distinct().Count());
    }

    private static void AssertStoredCounts(IndexSnapshot snapshot)
    {
        var stored = new List<int>();
        foreach (var postings in snapshot.Segments.Select(view => view.Segment.Text[0]))
        {
            Assert.True(postings.TryGetPostings("x", out var start, out var end));
            stored.AddRange(postings.AllFreqs()[start..end]);
        }

        Assert.Equal(Counts, stored.Order());
    }

    private static SearchIndex NewIndex() =>
        new(new IndexSchema(["body"]), Whitespace, new SearchIndexOptions { MergeFactor = 2, BackgroundMerges = false });
}
