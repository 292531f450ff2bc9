using Matching.Engine.Index;

namespace Matching.Engine.Search;

internal sealed class KeywordFilterPlan(int field, string[] values, bool exclude) : FilterPlan
{
    private KeywordValues _values = null!;

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
        return Exclude || Ords.Length > 0;
    }

    public override bool Matches(int doc, double originDistance) => Ords.Length switch
    {
        0 => Exclude,
        1 => _values.Has(doc, Ords[0]) != Exclude,
        _ => _values.HasAny(doc, Ords) != Exclude,
    };

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
