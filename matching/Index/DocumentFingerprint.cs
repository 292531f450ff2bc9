namespace Matching.Engine.Index;

/// <summary>
/// A 64-bit fingerprint of what an index holds for one document: every analyzed term with its frequency and the
/// field's length, every keyword, number and the location. Two documents that search alike have equal
/// fingerprints, whatever the order of their values; any indexed difference changes it (up to hash collisions).
/// </summary>
/// <remarks>
/// It is a wrapping sum of one mixed hash per value, so it can be built from a document before indexing
/// (<see cref="SearchIndex.Fingerprint"/>) and, value by value, from the inverted postings of a snapshot
/// (<see cref="Of(IndexSnapshot)"/>), and the two agree.
/// </remarks>
public static class DocumentFingerprint
{
    private const ulong TextKind = 1;
    private const ulong LengthKind = 2;
    private const ulong KeywordKind = 3;
    private const ulong NumberKind = 4;
    private const ulong LocationKind = 5;

    /// <summary>The fingerprint of every live document in <paramref name="snapshot"/>, keyed by id.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <returns>One entry per live document.</returns>
    /// <remarks>Walks every posting once: a check for operators, not for the query path.</remarks>
    public static Dictionary<Guid, ulong> Of(IndexSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var fingerprints = new Dictionary<Guid, ulong>(snapshot.Count);
        foreach (var view in snapshot.Segments)
        {
            var sums = SumSegment(view.Segment);
            for (var doc = 0; doc < view.Segment.MaxDoc; doc++)
            {
                if (!view.Deleted.Contains(doc))
                {
                    fingerprints[view.Segment.Ids[doc]] = sums[doc];
                }
            }
        }

        return fingerprints;
    }

    internal static ulong Of(AnalyzedDocument document)
    {
        ulong sum = 0;
        for (var field = 0; field < document.Text.Length; field++)
        {
            var text = document.Text[field];
            for (var i = 0; i < text.Terms.Length; i++)
            {
                sum += Text(field, text.Terms[i], text.Freqs[i]);
            }

            // The segment keeps the token count (its Lengths); the norm follows from the same analysis.
            if (text.TokenCount > 0)
            {
                sum += Mix(LengthKind, (ulong)field, (ulong)text.TokenCount);
            }
        }

        for (var field = 0; field < document.Keywords.Length; field++)
        {
            foreach (var value in document.Keywords[field])
            {
                sum += Keyword(field, value);
            }
        }

        for (var field = 0; field < document.Numbers.Length; field++)
        {
            if (document.HasNumber[field])
            {
                sum += Mix(NumberKind, (ulong)field, (ulong)document.Numbers[field]);
            }
        }

        if (!double.IsNaN(document.Latitude))
        {
            sum += Location(document.Latitude, document.Longitude);
        }

        return sum;
    }

    // Deleted documents are summed too; the caller skips them.
    private static ulong[] SumSegment(Segment segment)
    {
        var sums = new ulong[segment.MaxDoc];
        Span<int> docs = stackalloc int[PostingBlocks.BlockSize];
        Span<int> freqs = stackalloc int[PostingBlocks.BlockSize];
        for (var field = 0; field < segment.Text.Length; field++)
        {
            var postings = segment.Text[field];
            foreach (var (term, id) in postings.TermIds)
            {
                var blocks = postings.Blocks.Read(id, docs, freqs);
                while (blocks.MoveNext())
                {
                    for (var i = 0; i < blocks.Docs.Length; i++)
                    {
                        sums[blocks.Docs[i]] += Text(field, term, blocks.Freqs[i]);
                    }
                }
            }

            for (var doc = 0; doc < segment.MaxDoc; doc++)
            {
                if (postings.Lengths[doc] > 0)
                {
                    sums[doc] += Mix(LengthKind, (ulong)field, (ulong)postings.Lengths[doc]);
                }
            }
        }

        for (var field = 0; field < segment.Keywords.Length; field++)
        {
            var keywords = segment.Keywords[field];
            for (var doc = 0; doc < segment.MaxDoc; doc++)
            {
                for (var i = keywords.DocStarts[doc]; i < keywords.DocStarts[doc + 1]; i++)
                {
                    sums[doc] += Keyword(field, keywords.Values[keywords.DocOrds[i]]);
                }
            }
        }

        for (var field = 0; field < segment.Numbers.Length; field++)
        {
            for (var doc = 0; doc < segment.MaxDoc; doc++)
            {
                if (segment.Numbers[field].TryGet(doc, out var value))
                {
                    sums[doc] += Mix(NumberKind, (ulong)field, (ulong)value);
                }
            }
        }

        if (segment.HasLocations)
        {
            for (var doc = 0; doc < segment.MaxDoc; doc++)
            {
                if (!double.IsNaN(segment.Latitude(doc)))
                {
                    sums[doc] += Location(segment.Latitude(doc), segment.Longitude(doc));
                }
            }
        }

        return sums;
    }

    private static ulong Text(int field, string term, int freq) => Mix(TextKind, (ulong)field, Mix(StringHash(term), (ulong)freq, 0));

    private static ulong Keyword(int field, string value) => Mix(KeywordKind, (ulong)field, StringHash(value));

    private static ulong Location(double latitude, double longitude) =>
        Mix(LocationKind, (ulong)BitConverter.DoubleToInt64Bits(latitude), (ulong)BitConverter.DoubleToInt64Bits(longitude));

    // FNV-1a over the UTF-16 code units: stable across processes, unlike string.GetHashCode.
    private static ulong StringHash(string value)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in value)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    // SplitMix64's finalizer over the three parts, so that the sum of many values does not cancel out.
    private static ulong Mix(ulong a, ulong b, ulong c)
    {
        var x = a * 0x9E3779B97F4A7C15UL ^ Finalize(b + 0x632BE59BD9B4E019UL) ^ Finalize(c ^ 0x85157AF5UL) * 31;
        return Finalize(x);
    }

    private static ulong Finalize(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
