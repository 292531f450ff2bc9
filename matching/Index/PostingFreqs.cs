using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace Matching.Engine.Index;

/// <summary>
/// The term frequencies of a field's postings while a segment is built, merged or read, one byte per posting instead of an
/// int's four (the load's peak memory): in job and student texts a term almost never occurs 255 times in one document.
/// A frequency of 255 or more is kept aside by its position, and its byte says so. The segment then packs them
/// (<see cref="PostingBlocks"/>), and the forward index keeps the bytes.
/// </summary>
internal readonly struct PostingFreqs
{
    /// <summary>The byte of a frequency of 255 or more, which is kept aside (here and in <see cref="ForwardIndex"/>).</summary>
    public const byte Aside = byte.MaxValue;

    private readonly byte[] _bytes;
    private readonly FrozenDictionary<int, int> _large;

    public PostingFreqs(int[] freqs)
    {
        var builder = new Builder(freqs.Length);
        for (var position = 0; position < freqs.Length; position++)
        {
            builder.Set(position, freqs[position]);
        }

        this = builder.Build();
    }

    private PostingFreqs(byte[] bytes, FrozenDictionary<int, int> large) => (_bytes, _large) = (bytes, large);

    public int Length => _bytes.Length;

    /// <summary>The frequency's byte: the frequency itself below <see cref="Aside"/>, else <see cref="Aside"/>.</summary>
    public byte ByteAt(int position) => _bytes[position];

    public int this[int position]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            var freq = _bytes[position];
            return freq < Aside ? freq : _large[position];
        }
    }

    /// <summary>
    /// Fills the frequencies position by position, straight into their bytes: a segment's build, merge or read needs no
    /// array of ints beside them (four bytes a posting more at the peak of a load).
    /// </summary>
    public struct Builder(int length)
    {
        private readonly byte[] _bytes = new byte[length];
        private Dictionary<int, int>? _large;

        public void Set(int position, int freq)
        {
            if (freq < Aside)
            {
                _bytes[position] = (byte)freq;
            }
            else
            {
                _bytes[position] = Aside;
                (_large ??= [])[position] = freq;
            }
        }

        public readonly PostingFreqs Build() => new(_bytes, _large?.ToFrozenDictionary() ?? FrozenDictionary<int, int>.Empty);
    }
}
