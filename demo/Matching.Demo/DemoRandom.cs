namespace Matching.Demo;

// Every random choice goes through one seeded System.Random, so the same seed gives the same dataset.
// Random(int) uses the legacy subtractive generator, whose sequence does not change between runtimes.
internal sealed class DemoRandom(int seed)
{
    private readonly Random _random = new(seed);

    public int Next(int maxExclusive) => _random.Next(maxExclusive);

    public int Next(int minInclusive, int maxExclusive) => _random.Next(minInclusive, maxExclusive);

    public double NextDouble() => _random.NextDouble();

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    public Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);

        // Mark the bytes as a version 4 (random) UUID so that they look like any other id to clients and PostgreSQL.
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    // Fills the first count slots of order with distinct indexes into a list of size n (a partial Fisher-Yates
    // shuffle), so picking a few sentences from a pool costs O(pool size) and allocates nothing.
    public int PickDistinct(Span<int> order, int n, int count)
    {
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }
        count = Math.Min(count, n);
        for (var i = 0; i < count; i++)
        {
            var j = _random.Next(i, n);
            (order[i], order[j]) = (order[j], order[i]);
        }
        return count;
    }
}
