namespace Matching.Engine.Index;

/// <summary>
/// A text field's postings kept document by document (like Lucene's term vectors): a query that filters first scores its
/// few candidates by reading their own terms instead of leaping through long postings lists. Each document's terms are
/// stored ascending, a term id in two bytes, or three when the field has more than 65,536 terms, and its frequency in a
/// byte, where 255 stands for "look it up in the postings" (<see cref="TextPostings.DocTermFreq"/>): three or four bytes a
/// posting instead of five, read as fast as an int (a variable-length encoding would save another byte and cost the
/// filter-driven queries about a third of their time).
/// </summary>
internal sealed class ForwardIndex
{
    private const int MaxTerms = 1 << 24;

    // Document d's terms are at the positions [_starts[d], _starts[d + 1]).
    private readonly int[] _starts;
    private readonly ushort[] _low;
    private readonly byte[]? _high;
    private readonly byte[] _freqs;

    private ForwardIndex(int[] starts, ushort[] low, byte[]? high, byte[] freqs) => (_starts, _low, _high, _freqs) = (starts, low, high, freqs);

    /// <summary>Document doc's terms are at the positions [Start, End), ascending.</summary>
    public (int Start, int End) Range(int doc) => (_starts[doc], _starts[doc + 1]);

    public void CountMemory(IndexMemory memory)
    {
        memory.Add("forward index", _starts);
        memory.Add("forward index", _low);
        memory.Add("forward index", _high);
        memory.Add("forward index", _freqs);
    }

    // Term by term in id order, so each document's terms come out ascending.
    public static ForwardIndex Build(int[] postingStarts, int[] docs, PostingFreqs freqs, int maxDoc)
    {
        var termCount = postingStarts.Length - 1;
        if (termCount > MaxTerms)
        {
            throw new InvalidOperationException($"A text field of one segment has {termCount:N0} distinct terms; the forward index holds at most {MaxTerms:N0}.");
        }

        var starts = new int[maxDoc + 1];
        foreach (var doc in docs)
        {
            starts[doc + 1]++;
        }

        for (var doc = 0; doc < maxDoc; doc++)
        {
            starts[doc + 1] += starts[doc];
        }

        var next = starts[..^1];
        var low = new ushort[docs.Length];
        var high = termCount > ushort.MaxValue + 1 ? new byte[docs.Length] : null;
        var termFreqs = new byte[docs.Length];
        for (var term = 0; term < termCount; term++)
        {
            for (var p = postingStarts[term]; p < postingStarts[term + 1]; p++)
            {
                var position = next[docs[p]]++;
                low[position] = (ushort)term;
                if (high is not null)
                {
                    high[position] = (byte)(term >> 16);
                }

                termFreqs[position] = freqs.ByteAt(p);
            }
        }

        return new ForwardIndex(starts, low, high, termFreqs);
    }

    /// <summary>
    /// Reads a term of each cache line the document's terms span, and a frequency of each line its frequencies span, to
    /// bring them into cache; returns what it read.
    /// </summary>
    public int Touch(int doc)
    {
        var (start, end) = Range(doc);
        if (start == end)
        {
            return 0;
        }

        var sum = _low[end - 1] + _freqs[end - 1] + (_high?[start] ?? 0);
        for (var at = start; at < end; at += 32)
        {
            sum += _low[at];
        }

        for (var at = start; at < end; at += 64)
        {
            sum += _freqs[at];
        }

        return sum;
    }

    /// <summary>
    /// The first position in [from, end) whose term the filter may hold, or end: a scan of a document's terms that
    /// looks at each in turn, without a branch the processor cannot predict, and stops only where a lookup is worth it.
    /// </summary>
    public int NextMaybeIn(TermIdFilter filter, int from, int end)
    {
        if (_high is null)
        {
            var low = _low.AsSpan(from, end - from);
            for (var i = 0; i < low.Length; i++)
            {
                if (filter.MayHold(low[i]))
                {
                    return from + i;
                }
            }

            return end;
        }

        for (var at = from; at < end; at++)
        {
            if (filter.MayHold(TermAt(at)))
            {
                return at;
            }
        }

        return end;
    }

    /// <summary>The term at a position of the index.</summary>
    public int TermAt(int position) => _high is null ? _low[position] : _low[position] | (_high[position] << 16);

    /// <summary>The frequency at a position of the index, or 255 when it is 255 or more.</summary>
    public int FreqByteAt(int position) => _freqs[position];

    /// <summary>
    /// The position of term among the terms at [from, end) (ascending: a document's terms, or the part of them after a
    /// term already found), or the complement of the position where it would be: a binary search, so a candidate's
    /// score costs a few reads a query term rather than a read of each of its terms.
    /// </summary>
    public int Find(int term, int from, int end)
    {
        var low = from;
        var high = end - 1;
        while (low <= high)
        {
            var middle = (int)((uint)(low + high) >> 1);
            var at = TermAt(middle);
            if (at == term)
            {
                return middle;
            }

            if (at < term)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return ~low;
    }
}
