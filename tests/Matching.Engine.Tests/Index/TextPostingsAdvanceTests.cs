using Matching.Engine.Index;

namespace Matching.Engine.Tests.Index;

// TextPostings.Advance gallops through a term's postings: it must land where a linear search would, for short and
// long leaps, from any position, up to and past the end of the term's postings.
public sealed class TextPostingsAdvanceTests
{
    [Fact]
    public void Advance_lands_on_the_first_posting_at_or_after_the_document()
    {
        var random = new Random(7);
        var first = Docs(random, 300, maxGap: 3);
        var second = Docs(random, 500, maxGap: 90);
        var postings = Postings(first, second);
        var start = first.Length;
        var end = start + second.Length;

        for (var i = 0; i < 2_000; i++)
        {
            var from = start + random.Next(second.Length + 1);
            var doc = random.Next(second[^1] + 50);

            var expected = from;
            while (expected < end && postings.Docs[expected] < doc)
            {
                expected++;
            }

            Assert.Equal(expected, postings.Advance(from, end, doc));
        }
    }

    [Fact]
    public void Advance_past_the_last_posting_or_from_the_end_gives_the_end()
    {
        var postings = Postings([1, 4, 9], [2, 3, 5, 8]);

        Assert.Equal(7, postings.Advance(3, 7, 9));
        Assert.Equal(7, postings.Advance(7, 7, 0));
        Assert.Equal(2, postings.Advance(0, 3, 5));
        Assert.Equal(4, postings.Advance(3, 7, 3));
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

    // Two terms, "a" then "b", every posting with frequency 1.
    private static TextPostings Postings(int[] a, int[] b)
    {
        var maxDoc = Math.Max(a[^1], b[^1]) + 1;
        int[] docs = [.. a, .. b];
        return new TextPostings(new Dictionary<string, int> { ["a"] = 0, ["b"] = 1 }, [0, a.Length, docs.Length], docs,
            new PostingFreqs([.. docs.Select(_ => 1)]), new byte[maxDoc], new int[maxDoc]);
    }
}
