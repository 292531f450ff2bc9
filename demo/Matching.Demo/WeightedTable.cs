namespace Matching.Demo;

// Cumulative weights and a binary search: O(log n) per pick, which keeps a national run of a million
// students and hundreds of thousands of companies linear in practice.
internal sealed class WeightedTable<T>
{
    private readonly T[] _items;
    private readonly long[] _cumulative;

    public WeightedTable(IEnumerable<(T Item, int Weight)> entries)
    {
        var items = new List<T>();
        var cumulative = new List<long>();
        long total = 0;
        foreach (var (item, weight) in entries)
        {
            if (weight <= 0)
            {
                continue;
            }
            total += weight;
            items.Add(item);
            cumulative.Add(total);
        }
        _items = [.. items];
        _cumulative = [.. cumulative];
    }

    public int Count => _items.Length;

    public T Pick(DemoRandom random)
    {
        if (_items.Length == 0)
        {
            throw new InvalidOperationException("Cannot pick from an empty table.");
        }
        var target = (long)(random.Next(int.MaxValue) / (double)int.MaxValue * _cumulative[^1]);
        var index = Array.BinarySearch(_cumulative, target);

        // BinarySearch finds the first entry whose cumulative weight exceeds the target.
        index = index >= 0 ? index + 1 : ~index;
        return _items[Math.Min(index, _items.Length - 1)];
    }
}
