using Matching.Engine.Index;
using Matching.Engine.Search;

namespace Matching.Engine.Tests.Search;

public sealed class SmallFloatBm25Tests
{
    [Fact]
    public void Free_values_are_255_minus_the_code_of_int_max()
    {
        // longToInt4(2^31 - 1): 31 bits, shift 27, top four bits 1111, implicit bit dropped: 111, shift code 28 << 3 = 224.
        var codeOfIntMax = SmallFloat.LongToInt4(int.MaxValue);

        Assert.Equal(224 | 7, codeOfIntMax);
        Assert.Equal(255 - 231, SmallFloat.NumFreeValues);
    }

    [Fact]
    public void Lengths_up_to_39_are_stored_exactly()
    {
        for (var length = 0; length <= 39; length++)
        {
            var norm = SmallFloat.IntToByte4(length);

            Assert.Equal(length, norm);
            Assert.Equal(length, SmallFloat.Byte4ToInt(norm));
        }
    }

    [Theory]
    [InlineData(40, 40, 40)] // 40 - 24 = 16 = 10000b: shift 1, mantissa 000, code 2 << 3 = 16; 24 + 16 = 40
    [InlineData(41, 40, 40)] // 17 = 10001b rounds down to 16
    [InlineData(42, 41, 42)] // 18 = 10010b: mantissa 001, code 17; decodes to 1001b << 1 = 18
    [InlineData(100, 57, 96)] // 76 = 1001100b: shift 3, 1001b -> mantissa 001, code 4 << 3 | 1 = 33; 1001b << 3 = 72
    [InlineData(1000, 87, 984)] // 976 = 1111010000b: shift 6, 1111b -> code 7 << 3 | 7 = 63; 1111b << 6 = 960
    [InlineData(int.MaxValue, 255, 2013265944)] // 24 + (1111b << 27)
    public void Longer_lengths_round_down_to_four_significant_bits(int length, int expectedNorm, int expectedDecoded)
    {
        var norm = SmallFloat.IntToByte4(length);

        Assert.Equal(expectedNorm, norm);
        Assert.Equal(expectedDecoded, SmallFloat.Byte4ToInt(norm));
    }

    [Fact]
    public void Every_byte_round_trips_and_decoding_never_rounds_up()
    {
        for (var code = 0; code < 256; code++)
        {
            Assert.Equal(code, SmallFloat.IntToByte4(SmallFloat.Byte4ToInt((byte)code)));
        }

        for (var length = 0; length < 100_000; length++)
        {
            var decoded = SmallFloat.Byte4ToInt(SmallFloat.IntToByte4(length));
            Assert.InRange(decoded, 0, length);
            Assert.True(SmallFloat.IntToByte4(length) <= SmallFloat.IntToByte4(length + 1), "encoding keeps the order");
        }
    }

    [Fact]
    public void Int4_codes_round_trip()
    {
        for (var code = 0; code < 256; code++)
        {
            Assert.Equal(code, SmallFloat.LongToInt4(SmallFloat.Int4ToLong(code)));
        }
    }

    [Fact]
    public void Negative_lengths_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SmallFloat.IntToByte4(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => SmallFloat.LongToInt4(-1));
    }

    [Theory]
    [InlineData(-0.1f, 0.75f)]
    [InlineData(float.NaN, 0.75f)]
    [InlineData(float.PositiveInfinity, 0.75f)]
    [InlineData(1.2f, -0.01f)]
    [InlineData(1.2f, 1.01f)]
    [InlineData(1.2f, float.NaN)]
    public void Invalid_k1_or_b_is_rejected_as_lucene_does(float k1, float b)
    {
        var create = () => new Bm25Similarity(k1, b);

        Assert.Throws<ArgumentOutOfRangeException>(create);
    }

    [Theory]
    [InlineData(0f, 0f)]
    [InlineData(0f, 1f)]
    [InlineData(1000f, 0.5f)]
    public void Boundary_k1_and_b_are_accepted(float k1, float b)
    {
        var similarity = new Bm25Similarity(k1, b);

        Assert.Equal(k1, similarity.K1);
        Assert.Equal(b, similarity.B);
    }

    [Fact]
    public void Default_parameters_are_lucenes()
    {
        var similarity = Bm25Similarity.Default;

        Assert.Equal(1.2f, similarity.K1);
        Assert.Equal(0.75f, similarity.B);
    }

    [Fact]
    public void Norm_inverse_cache_is_computed_in_float_as_lucenes_scorer_does()
    {
        var avgdl = (float)(43 / (double)2);

        var cache = Bm25Similarity.Default.NormInverseCache(avgdl);

        Assert.Equal(1f / (1.2f * ((1 - 0.75f) + 0.75f * 5f / avgdl)), cache[5]);
        Assert.Equal(1f / (1.2f * ((1 - 0.75f) + 0.75f * 40f / avgdl)), cache[SmallFloat.IntToByte4(41)]);
        Assert.Equal(1f / (1.2f * ((1 - 0.75f) + 0.75f * 96f / avgdl)), cache[SmallFloat.IntToByte4(100)]);
    }
}
