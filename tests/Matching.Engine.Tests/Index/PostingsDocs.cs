using Matching.Engine.Index;

namespace Matching.Engine.Tests.Index;

internal static class PostingsDocs
{
    // Every posting's doc id at its position, decoded term by term: what the tests compare the packed form against.
    public static int[] AllDocs(this TextPostings postings) => postings.Blocks.AllDocs();

    public static int[] AllDocs(this PostingBlocks blocks) => All(blocks, docs: true);

    // Every posting's frequency at its position.
    public static int[] AllFreqs(this TextPostings postings) => postings.Blocks.AllFreqs();

    public static int[] AllFreqs(this PostingBlocks blocks) => All(blocks, docs: false);

    private static int[] All(PostingBlocks blocks, bool docs)
    {
        var all = new int[blocks.Count];
        var docBuffer = new int[PostingBlocks.BlockSize];
        var freqBuffer = new int[PostingBlocks.BlockSize];
        for (var term = 0; term + 1 < blocks.PostingStarts.Length; term++)
        {
            var read = blocks.Read(term, docBuffer, freqBuffer);
            while (read.MoveNext())
            {
                (docs ? read.Docs : read.Freqs).CopyTo(all.AsSpan(read.Start));
            }
        }

        return all;
    }
}
