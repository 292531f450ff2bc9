using System.Buffers;
using Matching.Engine.Index;

namespace Matching.Engine.Search;

// Counts one keyword field's values over the matches: per segment by ordinal, then by value.
internal sealed class FacetPlan(int field, string name)
{
    private readonly Dictionary<string, int> _totals = new(StringComparer.Ordinal);
    private KeywordValues _values = null!;
    private int[] _counts = [];

    public string Name { get; } = name;

    public void Bind(Segment segment)
    {
        _values = segment.Keywords[field];
        _counts = ArrayPool<int>.Shared.Rent(_values.Values.Length);
        Array.Clear(_counts, 0, _values.Values.Length);
    }

    // locals: documents of the window that starts at windowStart, as offsets into it.
    public void Count(int[] locals, int count, int windowStart)
    {
        var starts = _values.DocStarts;
        var ords = _values.DocOrds;
        var counts = _counts;
        if (_values.SingleValued)
        {
            for (var i = 0; i < count; i++)
            {
                counts[ords[windowStart + locals[i]]]++;
            }

            return;
        }

        for (var i = 0; i < count; i++)
        {
            var doc = windowStart + locals[i];
            for (var j = starts[doc]; j < starts[doc + 1]; j++)
            {
                counts[ords[j]]++;
            }
        }
    }

    public void Flush()
    {
        for (var ord = 0; ord < _values.Values.Length; ord++)
        {
            if (_counts[ord] > 0)
            {
                var value = _values.Values[ord];
                _totals[value] = _totals.GetValueOrDefault(value) + _counts[ord];
            }
        }

        ArrayPool<int>.Shared.Return(_counts);
        _counts = [];
    }

    public IReadOnlyDictionary<string, int> Result() => new FacetCounts(_totals);
}
