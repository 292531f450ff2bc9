using Matching.Engine.Index;

namespace Matching.Engine.Search;

internal sealed class KeywordFilterPlan(int field, string[] values, bool exclude) : FilterPlan
{
    // A filter whose values a document has seldom, in a field where a document can have many (a crebo among an offer's),
    // is tested against a window's candidates along its own postings, read in order, rather than by each candidate's
    // values, two dependent reads from memory that is seldom in cache. Seldom: in at most one document in this many.
    private const int SparseRatio = 8;

    private KeywordValues _values = null!;

    // Per ordinal: the next of its postings a sieve has not passed (the windows and their candidates ascend), and the
    // end of its postings.
    private int[] _cursors = [];
    private int[] _ends = [];
    private bool _sievesAlongPostings;

    public bool Exclude { get; } = exclude;

    // The ordinals of the filter's values in the bound segment, sorted.
    public int[] Ords { get; private set; } = [];

    public KeywordValues Values => _values;

    public override bool Bind(Segment segment)
    {
        _values = segment.Keywords[field];
        var ords = new List<int>(values.Length);
        foreach (var value in values)
        {
            var ord = _values.Ord(value);
            if (ord >= 0)
            {
                ords.Add(ord);
            }
        }

        ords.Sort();
        Ords = [.. ords.Distinct()];
        _cursors = FirstPostings();
        _ends = [.. Ords.Select(ord => _values.PostingStarts[ord + 1])];
        _sievesAlongPostings = !_values.SingleValued && (long)PostingCount() * SparseRatio <= segment.MaxDoc;
        return Exclude || Ords.Length > 0;
    }

    public override bool Matches(int doc, double originDistance) => Ords.Length switch
    {
        0 => Exclude,
        1 => _values.Has(doc, Ords[0]) != Exclude,
        _ => _values.HasAny(doc, Ords) != Exclude,
    };

    public override int Sieve(int[] selection, int count, int windowStart, double[]? distances)
    {
        if (!_sievesAlongPostings)
        {
            return base.Sieve(selection, count, windowStart, distances);
        }

        var docs = _values.Docs;
        var kept = 0;
        for (var i = 0; i < count; i++)
        {
            var local = selection[i];
            var doc = windowStart + local;
            var has = false;
            for (var k = 0; k < _cursors.Length; k++)
            {
                var end = _ends[k];
                var p = _cursors[k];
                while (p < end && docs[p] < doc)
                {
                    p++;
                }

                _cursors[k] = p;
                has |= p < end && docs[p] == doc;
            }

            selection[kept] = local;
            kept += has != Exclude ? 1 : 0;
        }

        return kept;
    }

    // Where each of the filter's values' postings start in the bound segment: cursors for a scan it drives.
    public int[] FirstPostings() => [.. Ords.Select(ord => _values.PostingStarts[ord])];

    // How many postings a scan driven by this filter reads in the bound segment.
    public int PostingCount()
    {
        var count = 0;
        foreach (var ord in Ords)
        {
            count += _values.PostingStarts[ord + 1] - _values.PostingStarts[ord];
        }

        return count;
    }
}
