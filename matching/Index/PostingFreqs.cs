using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace Matching.Engine.Index;

/// <summary>
/// The term frequencies of a field's postings, one byte per posting instead of an int's four: in job and student texts a
/// term almost never occurs 255 times in one document, and the frequencies are a quarter of what the postings weigh.
/// A frequency of 255 or more is kept aside by its position, and its byte says so.
/// </summary>
internal readonly struct PostingFreqs
{
    /// <summary>The byte of a frequency of 255 or more, which is kept aside (here and in <see cref="ForwardIndex"/>).</summary>
    public const byte Aside = byte.MaxValue;

    private readonly byte[] _bytes;
    private readonly FrozenDictionary<int, int> _large;

    public PostingFreqs(int[] freqs)
    {
        _bytes = new byte[freqs.Length];
        Dictionary<int, int>? large = null;
        for (var position = 0; position < freqs.Length; position++)
        {
            var freq = freqs[position];
            if (freq < Aside)
            {
                _bytes[position] = (byte)freq;
            }
            else
            {
                _bytes[position] = Aside;
                (large ??= [])[position] = freq;
            }
        }

        _large = large?.ToFrozenDictionary() ?? FrozenDictionary<int, int>.Empty;
    }

    public int Length => _bytes.Length;

    public int this[int position]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            var freq = _bytes[position];
            return freq < Aside ? freq : _large[position];
        }
    }
}
