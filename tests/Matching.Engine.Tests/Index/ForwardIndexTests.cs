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
            var actual = new List<(int Term, int FreqByte)>();
            var cursor = index.Terms(doc);
            while (cursor.MoveNext())
            {
                actual.Add((cursor.Term, cursor.FreqByte));
            }

            Assert.Equal(expected, actual);
        }
    }
}
