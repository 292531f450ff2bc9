using Matching.Engine.Index;

namespace Matching.Engine.Tests.Index;

// The packed doc ids must give back every term's doc ids exactly, whatever their gaps (runs of consecutive documents,
// gaps of every width up to the largest doc id) and however many postings a term has around the block size; a cursor
// must land where a linear search would, for short and long leaps, from any position, up to and past the end.
public sealed class PackedDocIdsTests
{
    [Fact]
    public void Every_term_decodes_to_the_doc_ids_it_was_packed_from()
    {
        var random = new Random(11);
        int[][] terms =
        [
            Docs(random, 1, maxGap: 1), Docs(random, 127, maxGap: 1), Docs(random, 128, maxGap: 2), Docs(random, 129, maxGap: 40),
            Docs(random, 1_000, maxGap: 3), Docs(random, 300, maxGap: 70_000), Docs(random, 256, maxGap: 1),
            [0, int.MaxValue - 1], [int.MaxValue - 1], [5, 6, 7, 1_000_000, 1_000_001],
        ];

        var packed = PackedDocIds.Pack(Starts(terms), [.. terms.SelectMany(docs => docs)]);

        Assert.Equal([.. terms.SelectMany(docs => docs)], packed.AllDocs());
    }

    [Fact]
    public void Advance_lands_on_the_first_posting_at_or_after_the_document()
    {
        var random = new Random(7);
        var first = Docs(random, 300, maxGap: 3);
        var second = Docs(random, 5_000, maxGap: 90);
        var postings = Postings([first, second]);
        var cursor = new PostingsCursor();

        for (var i = 0; i < 2_000; i++)
        {
            cursor.Reset(postings, 1);
            var from = random.Next(second.Length + 1);
            cursor.MoveTo(first.Length + from);
            var doc = random.Next(second[^1] + 50);

            var expected = from;
            while (expected < second.Length && second[expected] < doc)
            {
                expected++;
            }

            var landed = cursor.Advance(doc);
            Assert.Equal(expected < second.Length ? second[expected] : PostingsCursor.Exhausted, landed);
            Assert.Equal(first.Length + expected, cursor.Position);
        }
    }

    [Fact]
    public void A_cursor_reads_every_posting_in_order_and_then_is_exhausted()
    {
        var random = new Random(3);
        var docs = Docs(random, 700, maxGap: 9);
        var postings = Postings([[1, 2], docs]);
        var cursor = new PostingsCursor();
        cursor.Reset(postings, 1);

        var read = new List<int>();
        for (var doc = cursor.Doc; doc != PostingsCursor.Exhausted; doc = cursor.Next())
        {
            read.Add(doc);
        }

        Assert.Equal(docs, read);
        Assert.True(cursor.IsExhausted);
        Assert.Equal(PostingsCursor.Exhausted, cursor.Advance(0));
    }

    [Fact]
    public void A_term_the_segment_lacks_gives_an_exhausted_cursor()
    {
        var cursor = new PostingsCursor();

        cursor.Reset(Postings([[1, 4, 9]]), -1);

        Assert.True(cursor.IsExhausted);
        Assert.Equal(PostingsCursor.Exhausted, cursor.Doc);
        Assert.Equal(0, cursor.Length);
    }

    [Fact]
    public void Position_of_finds_a_document_only_where_the_term_has_it()
    {
        var random = new Random(5);
        var docs = Docs(random, 1_000, maxGap: 6);
        var postings = Postings([[2, 3], docs]);
        var present = docs.ToHashSet();

        for (var doc = 0; doc <= docs[^1] + 3; doc++)
        {
            var expected = present.Contains(doc) ? 2 + Array.IndexOf(docs, doc) : -1;
            Assert.Equal(expected, postings.DocIds.PositionOf(1, doc));
        }
    }

    private static int[] Docs(Random random, int count, int maxGap)
    {
        var docs = new int[count];
        for (int i = 0, doc = -1; i < count; i++)
        {
            docs[i] = doc += 1 + random.Next(maxGap);
        }

        return docs;
    }

    // One term per array, "t0", "t1", ..., every posting with frequency 1.
    private static TextPostings Postings(int[][] terms)
    {
        int[] docs = [.. terms.SelectMany(term => term)];
        var maxDoc = docs.Max() + 1;
        return new TextPostings(Enumerable.Range(0, terms.Length).ToDictionary(term => $"t{term}"), Starts(terms), docs,
            new PostingFreqs([.. docs.Select(_ => 1)]), new byte[maxDoc], new int[maxDoc]);
    }

    private static int[] Starts(int[][] terms)
    {
        var starts = new int[terms.Length + 1];
        for (var term = 0; term < terms.Length; term++)
        {
            starts[term + 1] = starts[term] + terms[term].Length;
        }

        return starts;
    }
}
