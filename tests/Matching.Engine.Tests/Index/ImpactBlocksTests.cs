using Matching.Engine.Index;
using Matching.Engine.Search;
using static Matching.Engine.Tests.TestAnalyzers;

namespace Matching.Engine.Tests.Index;

/// <summary>
/// The per-block impacts beside the text postings, in segments written by a batch, by merges and with deletes: each
/// block's impacts are exactly the postings' (freq, norm) pairs that no other posting of the block beats on both, so
/// for any weight and average length the best impact scores exactly as well as the best posting.
/// </summary>
public sealed class ImpactBlocksTests
{
    private static readonly string[] Words = [.. Enumerable.Range(0, 300).Select(i => $"w{i}")];

    [Fact]
    public void Every_block_knows_its_last_doc_and_its_impacts_are_the_postings_no_other_beats()
    {
        var snapshot = Build(new Random(3)).Snapshot();
        var blocks = 0;

        foreach (var postings in snapshot.Segments.SelectMany(view => view.Segment.Text))
        {
            var impacts = postings.Impacts;
            var docs = postings.AllDocs();
            var freqs = postings.AllFreqs();
            for (var term = 0; term < postings.TermIds.Count; term++)
            {
                var (start, end) = (postings.PostingStarts[term], postings.PostingStarts[term + 1]);
                Assert.Equal((end - start + ImpactBlocks.BlockSize - 1) / ImpactBlocks.BlockSize, impacts.BlockStarts[term + 1] - impacts.BlockStarts[term]);
                for (var block = impacts.BlockStarts[term]; block < impacts.BlockStarts[term + 1]; block++)
                {
                    var first = start + ((block - impacts.BlockStarts[term]) * ImpactBlocks.BlockSize);
                    var last = Math.Min(end, first + ImpactBlocks.BlockSize) - 1;
                    Assert.Equal(docs[last], impacts.LastDocs[block]);
                    var pairs = Enumerable.Range(first, last - first + 1).Select(p => (Freq: freqs[p], Norm: postings.Norms[docs[p]])).ToList();
                    var expected = pairs.Where(pair => !pairs.Any(other => other != pair && other.Freq >= pair.Freq && other.Norm <= pair.Norm))
                        .Distinct().OrderBy(pair => pair.Norm).ToList();
                    var actual = Enumerable.Range(impacts.ImpactStarts[block], impacts.ImpactStarts[block + 1] - impacts.ImpactStarts[block])
                        .Select(i => (Freq: impacts.ImpactFreqs[i], Norm: impacts.ImpactNorms[i])).ToList();
                    Assert.Equal(expected, actual);
                    blocks++;
                }
            }
        }

        // Long postings lists have many blocks; the index must have had some to check.
        Assert.True(blocks > 1_000, $"{blocks} blocks");
    }

    [Fact]
    public void The_best_impact_of_a_block_scores_exactly_as_its_best_posting_whatever_the_weight_and_average_length()
    {
        var random = new Random(5);
        var snapshot = Build(random).Snapshot();
        var checkedBlocks = 0;

        foreach (var similarity in new[] { Bm25Similarity.Default, new Bm25Similarity(0.3f, 1f), new Bm25Similarity(2.5f, 0.2f), new Bm25Similarity(1.2f, 0f) })
        {
            var normInverses = similarity.NormInverseCache((float)(1 + (random.NextDouble() * 60)));
            var weight = (float)(random.NextDouble() * 8);
            foreach (var postings in snapshot.Segments.SelectMany(view => view.Segment.Text))
            {
                var impacts = postings.Impacts;
                var docs = postings.AllDocs();
                var freqs = postings.AllFreqs();
                for (var term = 0; term < postings.TermIds.Count; term++)
                {
                    for (var block = impacts.BlockStarts[term]; block < impacts.BlockStarts[term + 1]; block++)
                    {
                        var first = postings.PostingStarts[term] + ((block - impacts.BlockStarts[term]) * ImpactBlocks.BlockSize);
                        var last = Math.Min(postings.PostingStarts[term + 1], first + ImpactBlocks.BlockSize) - 1;
                        var bestPosting = Enumerable.Range(first, last - first + 1)
                            .Max(p => Bm25Similarity.Score(weight, freqs[p], normInverses[postings.Norms[docs[p]]]));
                        var bestImpact = Enumerable.Range(impacts.ImpactStarts[block], impacts.ImpactStarts[block + 1] - impacts.ImpactStarts[block])
                            .Max(i => Bm25Similarity.Score(weight, impacts.ImpactFreqs[i], normInverses[impacts.ImpactNorms[i]]));
                        Assert.Equal(bestPosting, bestImpact);
                        checkedBlocks++;
                    }
                }
            }
        }

        Assert.True(checkedBlocks > 4_000, $"{checkedBlocks} blocks");
    }

    // Batches of documents of very different lengths, whose words are drawn by Zipf's law so that postings run from nearly
    // every document down to one; then deletes and re-upserts, and merges.
    private static SearchIndex Build(Random random)
    {
        var index = new SearchIndex(new IndexSchema(["title", "body"]), Whitespace,
            new SearchIndexOptions { MergeFactor = 3, BackgroundMerges = false, MaxBatchSegmentDocs = 600 });
        var ids = new List<Guid>();
        for (var batch = 0; batch < 6; batch++)
        {
            var documents = Enumerable.Range(0, 500).Select(_ => Guid.NewGuid()).ToList();
            ids.AddRange(documents);
            index.Upsert(documents.Select(id => new IndexDocument(id)
                .WithText("title", Text(random, random.Next(1, 6)))
                .WithText("body", Text(random, random.Next(1, 150)))));
            foreach (var id in ids.OrderBy(_ => random.Next()).Take(60))
            {
                index.Delete(id);
            }
        }

        Assert.True(index.Snapshot().SegmentCount > 1);
        Assert.Contains(index.Snapshot().Segments, view => view.Deleted.Count > 0);
        return index;
    }

    private static string Text(Random random, int length) =>
        string.Join(' ', Enumerable.Range(0, length).Select(_ => Words[(int)Math.Min(Words.Length - 1, Math.Exp(random.NextDouble() * Math.Log(Words.Length * 4)) / 4)]));
}
