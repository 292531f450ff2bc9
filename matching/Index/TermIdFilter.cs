using System.Numerics;

namespace Matching.Engine.Index;

/// <summary>
/// A one-hash Bloom filter of a query's term ids in one field: 64 bits a term (at least 512, at most 16,384), small enough
/// to stay in the nearest cache. It answers "maybe" for every term it holds and "no" for nearly every other (about one in
/// sixty says "maybe" wrongly), so a scan of a document's terms stops only at the few worth looking up.
/// </summary>
internal sealed class TermIdFilter
{
    private const int BitsPerTerm = 64;
    private const int MinHashBits = 9;
    private const int MaxHashBits = 14;

    private readonly ulong[] _words;
    private readonly int _shift;

    public TermIdFilter(ReadOnlySpan<int> termIds)
    {
        var hashBits = Math.Clamp(BitOperations.Log2(BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, termIds.Length * BitsPerTerm))), MinHashBits, MaxHashBits);
        _words = new ulong[(1 << hashBits) / 64];
        _shift = 32 - hashBits;
        foreach (var termId in termIds)
        {
            var bit = Hash(termId);
            _words[bit >> 6] |= 1UL << bit;
        }
    }

    public bool MayHold(int termId)
    {
        var bit = Hash(termId);
        return (_words[bit >> 6] & (1UL << bit)) != 0;
    }

    // Fibonacci hashing: term ids are dense from 0, and the top bits of their product spread them over the filter.
    private int Hash(int termId) => (int)(((uint)termId * 0x9E3779B1u) >> _shift);
}
