using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Matching.Engine.Index;

// Unpacks eight numbers of one width at a time, as Lucene's ForUtil does with a routine per width: eight numbers of
// width w take exactly w bytes, so with the width a constant of the routine each number's byte and shift are constants
// too, and the eight reads are independent of each other. The width comes in as a type (one struct per width), so the
// compiler makes one routine per width from the one generic method.
internal static class BitUnpacker
{
    private interface IWidth
    {
        static abstract int Bits { get; }
    }

    private readonly struct W1 : IWidth
    {
        public static int Bits => 1;
    }

    private readonly struct W2 : IWidth
    {
        public static int Bits => 2;
    }

    private readonly struct W3 : IWidth
    {
        public static int Bits => 3;
    }

    private readonly struct W4 : IWidth
    {
        public static int Bits => 4;
    }

    private readonly struct W5 : IWidth
    {
        public static int Bits => 5;
    }

    private readonly struct W6 : IWidth
    {
        public static int Bits => 6;
    }

    private readonly struct W7 : IWidth
    {
        public static int Bits => 7;
    }

    private readonly struct W8 : IWidth
    {
        public static int Bits => 8;
    }

    private readonly struct W9 : IWidth
    {
        public static int Bits => 9;
    }

    private readonly struct W10 : IWidth
    {
        public static int Bits => 10;
    }

    private readonly struct W11 : IWidth
    {
        public static int Bits => 11;
    }

    private readonly struct W12 : IWidth
    {
        public static int Bits => 12;
    }

    private readonly struct W13 : IWidth
    {
        public static int Bits => 13;
    }

    private readonly struct W14 : IWidth
    {
        public static int Bits => 14;
    }

    private readonly struct W15 : IWidth
    {
        public static int Bits => 15;
    }

    private readonly struct W16 : IWidth
    {
        public static int Bits => 16;
    }

    private readonly struct W17 : IWidth
    {
        public static int Bits => 17;
    }

    private readonly struct W18 : IWidth
    {
        public static int Bits => 18;
    }

    private readonly struct W19 : IWidth
    {
        public static int Bits => 19;
    }

    private readonly struct W20 : IWidth
    {
        public static int Bits => 20;
    }

    private readonly struct W21 : IWidth
    {
        public static int Bits => 21;
    }

    private readonly struct W22 : IWidth
    {
        public static int Bits => 22;
    }

    private readonly struct W23 : IWidth
    {
        public static int Bits => 23;
    }

    private readonly struct W24 : IWidth
    {
        public static int Bits => 24;
    }

    private readonly struct W25 : IWidth
    {
        public static int Bits => 25;
    }

    private readonly struct W26 : IWidth
    {
        public static int Bits => 26;
    }

    private readonly struct W27 : IWidth
    {
        public static int Bits => 27;
    }

    private readonly struct W28 : IWidth
    {
        public static int Bits => 28;
    }

    private readonly struct W29 : IWidth
    {
        public static int Bits => 29;
    }

    private readonly struct W30 : IWidth
    {
        public static int Bits => 30;
    }

    private readonly struct W31 : IWidth
    {
        public static int Bits => 31;
    }

    private readonly struct W32 : IWidth
    {
        public static int Bits => 32;
    }

    /// <summary>Numbers of width 1 to 32 from bits on, each plus add, into into (its length a multiple of eight).</summary>
    public static void UnpackGroups(int width, ref byte bits, Span<int> into, int add)
    {
        switch (width)
        {
            case 1:
                Groups<W1>(ref bits, into, add);
                break;
            case 2:
                Groups<W2>(ref bits, into, add);
                break;
            case 3:
                Groups<W3>(ref bits, into, add);
                break;
            case 4:
                Groups<W4>(ref bits, into, add);
                break;
            case 5:
                Groups<W5>(ref bits, into, add);
                break;
            case 6:
                Groups<W6>(ref bits, into, add);
                break;
            case 7:
                Groups<W7>(ref bits, into, add);
                break;
            case 8:
                Groups<W8>(ref bits, into, add);
                break;
            case 9:
                Groups<W9>(ref bits, into, add);
                break;
            case 10:
                Groups<W10>(ref bits, into, add);
                break;
            case 11:
                Groups<W11>(ref bits, into, add);
                break;
            case 12:
                Groups<W12>(ref bits, into, add);
                break;
            case 13:
                Groups<W13>(ref bits, into, add);
                break;
            case 14:
                Groups<W14>(ref bits, into, add);
                break;
            case 15:
                Groups<W15>(ref bits, into, add);
                break;
            case 16:
                Groups<W16>(ref bits, into, add);
                break;
            case 17:
                Groups<W17>(ref bits, into, add);
                break;
            case 18:
                Groups<W18>(ref bits, into, add);
                break;
            case 19:
                Groups<W19>(ref bits, into, add);
                break;
            case 20:
                Groups<W20>(ref bits, into, add);
                break;
            case 21:
                Groups<W21>(ref bits, into, add);
                break;
            case 22:
                Groups<W22>(ref bits, into, add);
                break;
            case 23:
                Groups<W23>(ref bits, into, add);
                break;
            case 24:
                Groups<W24>(ref bits, into, add);
                break;
            case 25:
                Groups<W25>(ref bits, into, add);
                break;
            case 26:
                Groups<W26>(ref bits, into, add);
                break;
            case 27:
                Groups<W27>(ref bits, into, add);
                break;
            case 28:
                Groups<W28>(ref bits, into, add);
                break;
            case 29:
                Groups<W29>(ref bits, into, add);
                break;
            case 30:
                Groups<W30>(ref bits, into, add);
                break;
            case 31:
                Groups<W31>(ref bits, into, add);
                break;
            case 32:
                Groups<W32>(ref bits, into, add);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(width), width, "A width is 1 to 32 bits.");
        }
    }

    private static void Groups<TWidth>(ref byte bits, Span<int> into, int add)
        where TWidth : struct, IWidth
    {
        var width = TWidth.Bits;
        var mask = (1UL << width) - 1;
        ref var target = ref MemoryMarshal.GetReference(into);
        for (var i = 0; i < into.Length; i += 8)
        {
            ref var group = ref Unsafe.Add(ref bits, (i >> 3) * width);
            ref var to = ref Unsafe.Add(ref target, i);
            to = Number(ref group, 0 * width, mask) + add;
            Unsafe.Add(ref to, 1) = Number(ref group, 1 * width, mask) + add;
            Unsafe.Add(ref to, 2) = Number(ref group, 2 * width, mask) + add;
            Unsafe.Add(ref to, 3) = Number(ref group, 3 * width, mask) + add;
            Unsafe.Add(ref to, 4) = Number(ref group, 4 * width, mask) + add;
            Unsafe.Add(ref to, 5) = Number(ref group, 5 * width, mask) + add;
            Unsafe.Add(ref to, 6) = Number(ref group, 6 * width, mask) + add;
            Unsafe.Add(ref to, 7) = Number(ref group, 7 * width, mask) + add;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Number(ref byte group, int bit, ulong mask) =>
        (int)((Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref group, bit >> 3)) >> (bit & 7)) & mask);
}
