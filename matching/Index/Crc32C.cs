using System.Buffers.Binary;
using System.Numerics;

namespace Matching.Engine.Index;

// CRC-32C (Castagnoli) over bytes, eight at a time: BitOperations uses the processor's CRC32 instruction where there
// is one, so checksumming a saved index costs little next to reading it.
internal static class Crc32C
{
    public static uint Append(uint crc, ReadOnlySpan<byte> bytes)
    {
        // Kept inverted between calls, as the standard form starts from and ends with all ones.
        crc = ~crc;
        while (bytes.Length >= sizeof(ulong))
        {
            crc = BitOperations.Crc32C(crc, BinaryPrimitives.ReadUInt64LittleEndian(bytes));
            bytes = bytes[sizeof(ulong)..];
        }

        foreach (var b in bytes)
        {
            crc = BitOperations.Crc32C(crc, b);
        }

        return ~crc;
    }
}
