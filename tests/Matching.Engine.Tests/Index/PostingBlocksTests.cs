using Matching.Engine.Index;

namespace Matching.Engine.Tests.Index;

// The packed postings must give back every term's doc ids and frequencies exactly, whatever their gaps (runs of
// consecutive documents, gaps of every width up to the largest doc id) and frequencies, and however many postings a
// term has around the block size; a cursor
// must land where a linear search would, for short and long leaps, from any position, up to and past the end.
public sealed class PostingBlocksTests
{
    [Fact]
    public void Every_term_decodes_to_the_doc_ids_and_frequencies_it_was_packed_from()
    {
        var random = new Random(11);
        int[][] terms =
        [
            Docs(random, 1, maxGap: 1), Docs(random, 127, maxGap: 1), Docs(random, 128, maxGap: 2), Docs(random, 129, maxGap: 40),
            Docs(random, 1_000, maxGap: 3), Docs(random, 300, maxGap: 70_000), Docs(random, 256, maxGap: 1),
            [0, int.MaxValue - 1], [int.MaxValue - 1], [5, 6, 7, 1_000_000, 1_000_001],
        ];

        int[] docs = [.. terms.SelectMany(term => term)];
        int[] freqs = [.. docs.Select(_ => random.Next(4) == 0 ? random.Next(1, 100_000) : 1)];
        freqs[^1] = int.MaxValue;

        var packed = PostingBlocks.Pack(Starts(terms), docs, new PostingFreqs(freqs));

        Assert.Equal(docs, packed.AllDocs());
        Assert.Equal(freqs, packed.AllFreqs());
    }

    [Fact]
    public void Numbers_of_every_width_unpack_as_they_were_packed_whole_and_one_by_one()
    {
        var random = new Random(13);
        var blocks = new List<int[]>();
        for (var width = 0; width <= 32; width++)
        {
            foreach (var count in new[] { 128, 13, 8, 1 })
            {
                var largest = width == 32 ? uint.MaxValue : (1u << width) - 1;
                var numbers = Enumerable.Range(0, count).Select(_ => (int)(uint)random.NextInt64(largest + 1L)).ToArray();
                numbers[random.Next(count)] = (int)largest;
                blocks.Add(numbers);
            }
        }

        var builder = new BitPackedBlocks.Builder(blocks.Count, expectedBytes: 0);
        blocks.ForEach(numbers => builder.Add(numbers));
        var packed = builder.Build();

        for (var block = 0; block < blocks.Count; block++)
        {
            var unpacked = new int[blocks[block].Length];
            packed.Unpack(block, unpacked, 0);
            Assert.Equal(blocks[block], unpacked);
            Assert.Equal(blocks[block], Enumerable.Range(0, unpacked.Length).Select(i => packed.NumberAt(block, i)));
        }
    }

    [Fact]
    public void Advance_lands_on_the_first_posting_at_or_after_the_document()
    {
        var random = new Random(7);
        var first = Docs(random, 300, maxGap: 3);
        var second = Docs(random, 5_000, maxGap: 90);
        var postings = Postings([first, second]);
        var cursor = PostingsCursor.Rent();

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
    public void A_cursor_reads_every_posting_in_order_with_its_frequency_and_then_is_exhausted()
    {
        var random = new Random(3);
        var docs = Docs(random, 700, maxGap: 9);
        var postings = Postings([[1, 2], docs], freq: doc => 1 + (doc % 5));
        var cursor = PostingsCursor.Rent();
        cursor.Reset(postings, 1);

        var read = new List<(int Doc, int Freq)>();
        for (var doc = cursor.Doc; doc != PostingsCursor.Exhausted; doc = cursor.Next())
        {
            read.Add((doc, cursor.Freq));
        }

        Assert.Equal(docs.Select(doc => (doc, 1 + (doc % 5))), read);
        Assert.True(cursor.IsExhausted);
        Assert.Equal(PostingsCursor.Exhausted, cursor.Advance(0));
    }

    [Fact]
    public void A_term_the_segment_lacks_gives_an_exhausted_cursor()
    {
        var cursor = PostingsCursor.Rent();

        cursor.Reset(Postings([[1, 4, 9]]), -1);

        Assert.True(cursor.IsExhausted);
        Assert.Equal(PostingsCursor.Exhausted, cursor.Doc);
        Assert.Equal(0, cursor.Length);
    }

    [Fact]
    public void Freq_of_finds_a_document_only_where_the_term_has_it()
    {
        var random = new Random(5);
        var docs = Docs(random, 1_000, maxGap: 6);
        var postings = Postings([[2, 3], docs], freq: doc => 1 + (doc % 7));
        var present = docs.ToHashSet();

        for (var doc = 0; doc <= docs[^1] + 3; doc++)
        {
            Assert.Equal(present.Contains(doc) ? 1 + (doc % 7) : 0, postings.FreqOf(1, doc));
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

    // One term per array, "t0", "t1", ..., every posting with frequency 1 or freq(doc).
    private static TextPostings Postings(int[][] terms, Func<int, int>? freq = null)
    {
        int[] docs = [.. terms.SelectMany(term => term)];
        var maxDoc = docs.Max() + 1;
        return new TextPostings(Enumerable.Range(0, terms.Length).ToDictionary(term => $"t{term}"), Starts(terms), docs,
            new PostingFreqs([.. docs.Select(freq ?? (_ => 1))]), new byte[maxDoc], new int[maxDoc]);
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
