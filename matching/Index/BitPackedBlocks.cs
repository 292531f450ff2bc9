using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Matching.Engine.Index;

/// <summary>
/// Blocks of small non-negative numbers, each block bit-packed at the width its largest number needs (Lucene's FOR
/// encoding): a block of zeros takes no bits. What <see cref="PostingBlocks"/> keeps its gaps and frequencies in.
/// </summary>
internal sealed class BitPackedBlocks
{
    // A block's numbers are read eight bytes at a time from their first byte on, so the last block may read past its end.
    private const int Padding = sizeof(ulong);

    private readonly byte[] _bits;
    // Where each block starts in _bits: a byte of its width, then its numbers. The width sits beside the numbers, so
    // reading a block costs the offset and the block's own cache line, not a third array's.
    private readonly int[] _offsets;

    private BitPackedBlocks(byte[] bits, int[] offsets) => (_bits, _offsets) = (bits, offsets);

    /// <summary>Block's numbers, each plus <paramref name="add"/>, into <paramref name="into"/> (as long as the block).</summary>
    public void Unpack(int block, Span<int> into, int add)
    {
        ref var bits = ref Bits(block, out var width);
        if (width == 0)
        {
            into.Fill(add);
            return;
        }

        // Whole groups of eight by the width's own routine, the rest one by one.
        var full = into.Length & ~7;
        BitUnpacker.UnpackGroups(width, ref bits, into[..full], add);
        ref var target = ref MemoryMarshal.GetReference(into);
        var mask = (1UL << width) - 1;
        for (var i = full; i < into.Length; i++)
        {
            Unsafe.Add(ref target, i) = Extract(ref bits, i * width, mask) + add;
        }
    }

    /// <summary>
    /// The first index in [<paramref name="from"/>, <paramref name="count"/>) whose number is at least
    /// <paramref name="number"/>, or <paramref name="count"/>, in a block of ascending numbers, each read where it lies
    /// (<see cref="Galloping"/>).
    /// </summary>
    public int Search(int block, int from, int count, int number)
    {
        var offset = _offsets[block];
        var width = _bits[offset];
        return width == 0
            ? (number <= 0 ? from : count)
            : Galloping.FirstAtLeast(new Packed(_bits, offset + 1, width), from, count, number);
    }

    /// <summary>The number at index of block, read alone: a frequency needs no decoding of its block's others.</summary>
    public int NumberAt(int block, int index)
    {
        ref var bits = ref Bits(block, out var width);
        return width == 0 ? 0 : Extract(ref bits, index * width, (1UL << width) - 1);
    }

    // The processor is little-endian wherever .NET runs this, and the bits are written and read in the same process.
    private ref byte Bits(int block, out int width)
    {
        ref var header = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_bits), _offsets[block]);
        width = header;
        return ref Unsafe.Add(ref header, 1);
    }

    // The number at bit from bits on, of the width mask has.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Extract(ref byte bits, int bit, ulong mask) =>
        (int)((Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref bits, bit >> 3)) >> (bit & 7)) & mask);

    public void CountMemory(IndexMemory memory, string part)
    {
        memory.Add(part, _bits);
        memory.Add(part, _offsets);
    }

    // One block's numbers, read by index.
    private readonly struct Packed(byte[] bits, int offset, int width) : IAscending
    {
        private readonly ulong _mask = (1UL << width) - 1;

        public int this[int index] =>
            Extract(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(bits), offset), index * width, _mask);
    }

    /// <summary>Packs blocks one after the other, into a buffer that grows and is trimmed at the end.</summary>
    // expectedBytes: about what the blocks will take, so that the buffer seldom grows (each growth copies it, and at a
    // national index's size those copies are large objects the start-up's collections must sweep).
    public sealed class Builder(int blockCount, long expectedBytes)
    {
        private readonly int[] _offsets = new int[blockCount];
        private byte[] _bits = new byte[Math.Clamp(expectedBytes, 64, Array.MaxLength)];
        private long _size;
        private int _block;

        public void Add(ReadOnlySpan<int> numbers)
        {
            var largest = 0;
            foreach (var number in numbers)
            {
                largest |= number;
            }

            var width = 32 - BitOperations.LeadingZeroCount((uint)largest);
            var size = _size + 1 + ((((long)numbers.Length * width) + 7) >> 3);
            if (size + Padding > _bits.Length)
            {
                Array.Resize(ref _bits, checked((int)Math.Max(size + Padding, Math.Min(Array.MaxLength, 2L * _bits.Length))));
            }

            _offsets[_block++] = checked((int)_size);
            _bits[_size] = (byte)width;
            var bit = (_size + 1) << 3;
            foreach (var number in numbers)
            {
                ref var at = ref _bits[bit >> 3];
                Unsafe.WriteUnaligned(ref at, Unsafe.ReadUnaligned<ulong>(ref at) | ((ulong)(uint)number << (int)(bit & 7)));
                bit += width;
            }

            _size = size;
        }

        public BitPackedBlocks Build() => new(_bits[..(int)(_size + Padding)], _offsets);
    }
}
