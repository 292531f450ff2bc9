namespace Matching.Engine.Search;

// Orders hits best first: by the sort key, then score descending, then the lower internal doc id.
internal sealed class HitComparer(SortBy by, bool descending) : IComparer<HitEntry>
{
    public bool ByScore { get; } = by == SortBy.Score;

    public int Compare(HitEntry a, HitEntry b)
    {
        var order = 0;
        if (by == SortBy.Distance)
        {
            order = a.Distance.CompareTo(b.Distance);
        }
        else if (by == SortBy.Number)
        {
            if (a.NumberMissing != b.NumberMissing)
            {
                return a.NumberMissing ? 1 : -1;
            }

            order = descending ? b.Number.CompareTo(a.Number) : a.Number.CompareTo(b.Number);
        }

        if (order == 0)
        {
            order = b.Score.CompareTo(a.Score);
        }

        return order != 0 ? order : a.Doc.CompareTo(b.Doc);
    }
}
