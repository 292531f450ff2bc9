using Matching.Engine.Index;

namespace Matching.Engine.Tests.Index;

internal static class PostingsDocs
{
    // Every posting's doc id at its position, decoded term by term: what the tests compare the packed form against.
    public static int[] AllDocs(this TextPostings postings) => postings.DocIds.AllDocs();

    public static int[] AllDocs(this PackedDocIds packed)
    {
        var docs = new int[packed.Count];
        var buffer = new int[PackedDocIds.BlockSize];
        for (var term = 0; term + 1 < packed.PostingStarts.Length; term++)
        {
            var blocks = packed.Blocks(term, buffer);
            while (blocks.MoveNext())
            {
                blocks.Docs.CopyTo(docs.AsSpan(blocks.Start));
            }
        }

        return docs;
    }
}
