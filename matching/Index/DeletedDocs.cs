namespace Matching.Engine.Index;

// The tombstones of one segment: an immutable bitset in chunks of 4096 documents, so a delete copies one
// 512-byte chunk and the chunk table instead of the whole set. Snapshots share the unchanged chunks.
internal sealed class DeletedDocs
{
    public static readonly DeletedDocs None = new([], 0);

    private const int ChunkShift = 12;
    private const int WordsPerChunk = 1 << (ChunkShift - 6);

    private readonly ulong[]?[] _chunks;

    private DeletedDocs(ulong[]?[] chunks, int count)
    {
        _chunks = chunks;
        Count = count;
    }

    public int Count { get; }

    public bool Contains(int doc) => IsSet(_chunks, doc);

    public DeletedDocs With(int doc) => With([doc]);

    public DeletedDocs With(IEnumerable<int> docs)
    {
        ulong[]?[]? chunks = null;
        HashSet<int>? copied = null;
        var count = Count;
        foreach (var doc in docs)
        {
            var table = chunks ?? _chunks;
            if (IsSet(table, doc))
            {
                continue;
            }

            var chunk = doc >> ChunkShift;
            if (chunks is null || chunk >= chunks.Length)
            {
                chunks = new ulong[]?[Math.Max(chunk + 1, table.Length)];
                Array.Copy(table, chunks, table.Length);
            }

            // Chunks shared with older snapshots are copied before the first write to them.
            copied ??= [];
            if (copied.Add(chunk))
            {
                chunks[chunk] = chunks[chunk] is { } shared ? (ulong[])shared.Clone() : new ulong[WordsPerChunk];
            }

            chunks[chunk]![(doc >> 6) & (WordsPerChunk - 1)] |= 1UL << doc;
            count++;
        }

        return chunks is null ? this : new DeletedDocs(chunks, count);
    }

    // Clears the deleted documents' bits in a bitset of the segment's documents (bit doc % 64 of word doc / 64).
    public void ClearFrom(Span<ulong> bits)
    {
        for (var chunk = 0; chunk < _chunks.Length; chunk++)
        {
            if (_chunks[chunk] is not { } words)
            {
                continue;
            }

            var first = chunk * WordsPerChunk;
            var count = Math.Min(WordsPerChunk, bits.Length - first);
            for (var word = 0; word < count; word++)
            {
                bits[first + word] &= ~words[word];
            }
        }
    }

    // The deleted documents, ascending.
    public IEnumerable<int> Enumerate()
    {
        for (var chunk = 0; chunk < _chunks.Length; chunk++)
        {
            if (_chunks[chunk] is not { } words)
            {
                continue;
            }

            for (var word = 0; word < words.Length; word++)
            {
                var bits = words[word];
                while (bits != 0)
                {
                    yield return (chunk << ChunkShift) + (word << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits);
                    bits &= bits - 1;
                }
            }
        }
    }

    // The count, then the deleted documents as gaps between ascending numbers.
    public void WriteTo(IndexOutput output)
    {
        output.WriteVarInt(Count);
        var previous = 0;
        foreach (var doc in Enumerate())
        {
            output.WriteVarInt(doc - previous);
            previous = doc;
        }
    }

    public static DeletedDocs ReadFrom(IndexInput input, int maxDoc)
    {
        var docs = new int[input.ReadCount(1)];
        for (var i = 0; i < docs.Length; i++)
        {
            var gap = input.ReadVarInt();
            docs[i] = i == 0 ? gap : docs[i - 1] + gap;
            if ((gap == 0 && i > 0) || docs[i] < 0 || docs[i] >= maxDoc)
            {
                throw IndexInput.Corrupt("deletes out of order or past the segment's documents");
            }
        }

        return None.With(docs);
    }

    private static bool IsSet(ulong[]?[] chunks, int doc)
    {
        var chunk = doc >> ChunkShift;
        return chunk < chunks.Length
            && chunks[chunk] is { } words
            && (words[(doc >> 6) & (WordsPerChunk - 1)] & (1UL << doc)) != 0;
    }
}
