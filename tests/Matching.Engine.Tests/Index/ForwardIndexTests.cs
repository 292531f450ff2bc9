using Matching.Engine.Index;

namespace Matching.Engine.Tests.Index;

/// <summary>
/// The forward index gives back each document's terms ascending with their frequencies (255 for 255 and more), with term
/// ids in two bytes and, in a field of more than 65,536 terms, three.
/// </summary>
public sealed class ForwardIndexTests
{
    [Theory]
    [InlineData(1_000)]
    [InlineData(65_536)]
    [InlineData(70_000)]
    [InlineData(200_000)]
    public void Every_document_reads_back_its_terms_ascending_with_their_frequencies(int termCount)
    {
        const int maxDoc = 50;
        var random = new Random(termCount);
        // Each term in a few random documents, with a frequency that sometimes exceeds a byte.
        var postings = Enumerable.Range(0, termCount)
            .Select(term => Enumerable.Range(0, maxDoc).Where(_ => random.Next(termCount / 20 + 1) == 0).Select(doc => (Doc: doc, Freq: random.Next(20) == 0 ? 300 : random.Next(1, 10))).ToArray())
            .ToArray();
        postings[termCount - 1] = [(maxDoc - 1, 7)];
        var starts = new int[termCount + 1];
        for (var term = 0; term < termCount; term++)
        {
            starts[term + 1] = starts[term] + postings[term].Length;
        }

        var index = ForwardIndex.Build(starts, [.. postings.SelectMany(p => p.Select(x => x.Doc))], new PostingFreqs([.. postings.SelectMany(p => p.Select(x => x.Freq))]), maxDoc);

        for (var doc = 0; doc < maxDoc; doc++)
        {
            var expected = Enumerable.Range(0, termCount)
                .SelectMany(term => postings[term].Where(x => x.Doc == doc).Select(x => (Term: term, FreqByte: Math.Min(x.Freq, 255))))
                .ToList();
            var (start, end) = index.Range(doc);
            var actual = Enumerable.Range(start, end - start).Select(at => (index.TermAt(at), index.FreqByteAt(at))).ToList();

            Assert.Equal(expected, actual);
        }
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(200_000)]
    public void Find_gives_each_term_of_a_document_and_where_an_absent_one_would_be(int termCount)
    {
        const int maxDoc = 20;
        var random = new Random(termCount);
        var postings = Enumerable.Range(0, termCount).Select(_ => Enumerable.Range(0, maxDoc).Where(_ => random.Next(termCount / 40 + 1) == 0).ToArray()).ToArray();
        var index = BuildOnce(postings, maxDoc);

        for (var doc = 0; doc < maxDoc; doc++)
        {
            var (start, end) = index.Range(doc);
            var terms = Enumerable.Range(0, termCount).Where(term => postings[term].Contains(doc)).ToList();
            for (var term = 0; term < termCount; term += random.Next(1, 50))
            {
                var at = index.Find(term, start, end);
                var expected = terms.BinarySearch(term);
                Assert.Equal(expected < 0 ? ~(start + ~expected) : start + expected, at);
            }

            foreach (var term in terms)
            {
                Assert.Equal(term, index.TermAt(index.Find(term, start, end)));
            }
        }
    }

    // The scan through a filter of a query's terms stops at every position whose term the query holds, and passes most
    // of the others.
    [Theory]
    [InlineData(1_000)]
    [InlineData(200_000)]
    public void NextMaybeIn_stops_at_each_term_the_filter_holds_and_skips_most_others(int termCount)
    {
        const int maxDoc = 20;
        var random = new Random(termCount);
        var postings = Enumerable.Range(0, termCount).Select(_ => Enumerable.Range(0, maxDoc).Where(_ => random.Next(termCount / 400 + 1) == 0).ToArray()).ToArray();
        var index = BuildOnce(postings, maxDoc);
        int[] held = [.. Enumerable.Range(0, 100).Select(_ => random.Next(termCount)).Distinct().Order()];
        var filter = new TermIdFilter(held);

        var stops = 0;
        var passed = 0;
        for (var doc = 0; doc < maxDoc; doc++)
        {
            var (start, end) = index.Range(doc);
            var expected = Enumerable.Range(start, end - start).Where(at => held.Contains(index.TermAt(at))).ToList();
            var actual = new List<int>();
            for (var at = index.NextMaybeIn(filter, start, end); at < end; at = index.NextMaybeIn(filter, at + 1, end))
            {
                actual.Add(at);
            }

            Assert.Empty(expected.Except(actual));
            stops += actual.Count - expected.Count;
            passed += end - start - expected.Count;
        }

        Assert.True(stops * 20 < passed, $"{stops} needless stops among {passed} terms the filter does not hold");
    }

    // The forward index of postings (each term's documents, ascending), each with frequency 1.
    private static ForwardIndex BuildOnce(int[][] postings, int maxDoc)
    {
        var starts = new int[postings.Length + 1];
        for (var term = 0; term < postings.Length; term++)
        {
            starts[term + 1] = starts[term] + postings[term].Length;
        }

        return ForwardIndex.Build(starts, [.. postings.SelectMany(p => p)], new PostingFreqs([.. postings.SelectMany(p => p.Select(_ => 1))]), maxDoc);
    }
}
