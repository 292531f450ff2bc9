using System.Numerics;

namespace Matching.Engine.Index;

/// <summary>
/// Lucene's <c>org.apache.lucene.util.SmallFloat</c> for positive integers: a one-byte, order-preserving
/// encoding with four significant bits that BM25 uses for document lengths (norms).
/// </summary>
/// <remarks>
/// <see cref="IntToByte4"/> stores values below <see cref="NumFreeValues"/> (24) as themselves and the
/// rest as 24 plus a 4-bit-mantissa float of <c>value - 24</c>. Lengths 0 to 39 round-trip exactly; above
/// that <see cref="Byte4ToInt"/> gives the value rounded down to four significant bits of <c>value - 24</c>
/// (41 gives 40, 100 gives 96).
/// </remarks>
public static class SmallFloat
{
    // LongToInt4(int.MaxValue): the largest code an int needs (231).
    private static readonly int MaxInt4 = LongToInt4(int.MaxValue);

    /// <summary>The codes left over below 255 once every int fits: small values are stored as themselves.</summary>
    public static readonly int NumFreeValues = 255 - MaxInt4;

    /// <summary>Float-like encoding of a non-negative long that keeps its order and four significant bits.</summary>
    /// <param name="value">The value, at least 0.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static int LongToInt4(long value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        var numBits = 64 - BitOperations.LeadingZeroCount((ulong)value);
        if (numBits < 4)
        {
            // Subnormal: the value itself.
            return (int)value;
        }

        var shift = numBits - 4;
        // Keep the four most significant bits, drop the top one (it is implicit), then add the shift
        // plus one, since shift code 0 marks the subnormal values.
        var encoded = checked((int)((ulong)value >> shift));
        encoded &= 0x07;
        encoded |= (shift + 1) << 3;
        return encoded;
    }

    /// <summary>Decodes a code made by <see cref="LongToInt4"/>.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The value, rounded down to four significant bits.</returns>
    public static long Int4ToLong(int code)
    {
        long bits = code & 0x07;
        var shift = (code >>> 3) - 1;
        return shift == -1 ? bits : (bits | 0x08) << shift;
    }

    /// <summary>Encodes a non-negative int into one byte, exactly below 40.</summary>
    /// <param name="value">The value, at least 0.</param>
    /// <returns>The byte.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static byte IntToByte4(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        return value < NumFreeValues
            ? (byte)value
            : (byte)(NumFreeValues + LongToInt4(value - NumFreeValues));
    }

    /// <summary>Decodes a byte made by <see cref="IntToByte4"/>.</summary>
    /// <param name="code">The byte.</param>
    /// <returns>The value, exact below 40 and rounded down above.</returns>
    public static int Byte4ToInt(byte code)
    {
        int unsigned = code;
        return unsigned < NumFreeValues
            ? unsigned
            : checked((int)(NumFreeValues + Int4ToLong(unsigned - NumFreeValues)));
    }
}
