namespace Matching.Engine.Index;

/// <summary>
/// A text field's postings kept document by document (like Lucene's term vectors): a query that filters first scores its
/// few candidates by reading their own terms instead of leaping through long postings lists. Each document's terms are
/// stored ascending, as the gap from the previous term id (a variable-length integer, 7 bits a byte: a byte or two for
/// most) followed by the term's frequency as a byte, where 255 stands for "look it up in the postings"
/// (<see cref="TextPostings.DocTermFreq"/>). That is two to four bytes a posting instead of five.
/// </summary>
internal sealed class ForwardIndex
{
    private const int FreqAside = byte.MaxValue;

    // Document d's entries are _bytes[_starts[d].._starts[d + 1]].
    private readonly int[] _starts;
    private readonly byte[] _bytes;

    private ForwardIndex(int[] starts, byte[] bytes) => (_starts, _bytes) = (starts, bytes);

    public long ByteCount => _bytes.LongLength + (_starts.LongLength * sizeof(int));

    public Cursor Terms(int doc) => new(_bytes, _starts[doc], _starts[doc + 1]);

    // Term by term in id order, so each document's terms come out ascending: first their ids and frequencies in flat
    // arrays (as many as postings, for the time of the build), then each document's entries encoded.
    public static ForwardIndex Build(int[] postingStarts, int[] docs, int[] freqs, int maxDoc)
    {
        var counts = new int[maxDoc + 1];
        foreach (var doc in docs)
        {
            counts[doc + 1]++;
        }

        for (var doc = 0; doc < maxDoc; doc++)
        {
            counts[doc + 1] += counts[doc];
        }

        var next = counts[..^1];
        var terms = new int[docs.Length];
        var termFreqs = new byte[docs.Length];
        for (var term = 0; term < postingStarts.Length - 1; term++)
        {
            for (var p = postingStarts[term]; p < postingStarts[term + 1]; p++)
            {
                var position = next[docs[p]]++;
                terms[position] = term;
                termFreqs[position] = (byte)Math.Min(freqs[p], FreqAside);
            }
        }

        var starts = new int[maxDoc + 1];
        var size = 0;
        for (var doc = 0; doc < maxDoc; doc++)
        {
            var previous = 0;
            for (var position = counts[doc]; position < counts[doc + 1]; position++)
            {
                size += VarIntSize(terms[position] - previous) + 1;
                previous = terms[position];
            }

            starts[doc + 1] = size;
        }

        var bytes = new byte[size];
        var at = 0;
        for (var doc = 0; doc < maxDoc; doc++)
        {
            var previous = 0;
            for (var position = counts[doc]; position < counts[doc + 1]; position++)
            {
                for (var gap = (uint)(terms[position] - previous); ; gap >>= 7)
                {
                    if (gap < 0x80)
                    {
                        bytes[at++] = (byte)gap;
                        break;
                    }

                    bytes[at++] = (byte)(gap | 0x80);
                }

                bytes[at++] = termFreqs[position];
                previous = terms[position];
            }
        }

        return new ForwardIndex(starts, bytes);
    }

    private static int VarIntSize(int value) => value < 1 << 7 ? 1 : value < 1 << 14 ? 2 : value < 1 << 21 ? 3 : value < 1 << 28 ? 4 : 5;

    /// <summary>One document's terms, ascending: <see cref="MoveNext"/> before the first.</summary>
    public struct Cursor(byte[] bytes, int position, int end)
    {
        private int _position = position;

        public int Term { get; private set; }

        // The frequency, or 255 when it is 255 or more.
        public int FreqByte { get; private set; }

        public bool MoveNext()
        {
            if (_position >= end)
            {
                return false;
            }

            var gap = 0;
            for (var shift = 0; ; shift += 7)
            {
                var b = bytes[_position++];
                gap |= (b & 0x7F) << shift;
                if (b < 0x80)
                {
                    break;
                }
            }

            Term += gap;
            FreqByte = bytes[_position++];
            return true;
        }
    }
}
