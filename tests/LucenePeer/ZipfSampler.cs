namespace Matching.Tests.LucenePeer;

/// <summary>
/// Draws ranks 0..count-1 with probability proportional to 1 / (rank + 1)^exponent: Zipf's law, which word
/// frequencies in real text follow, so that a few terms have very long postings and most have short ones.
/// </summary>
internal sealed class ZipfSampler
{
    // Cumulative probabilities by rank; a uniform draw is looked up by binary search.
    private readonly double[] _cumulative;

    public ZipfSampler(int count, double exponent)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        _cumulative = new double[count];
        var sum = 0d;
        for (var rank = 0; rank < count; rank++)
        {
            sum += 1 / Math.Pow(rank + 1, exponent);
            _cumulative[rank] = sum;
        }

        for (var rank = 0; rank < count; rank++)
        {
            _cumulative[rank] /= sum;
        }
    }

    public int Count => _cumulative.Length;

    public int Next(Random random)
    {
        var at = Array.BinarySearch(_cumulative, random.NextDouble());
        // Not found gives the complement of the first larger entry, which is the rank drawn.
        return Math.Min(at >= 0 ? at : ~at, _cumulative.Length - 1);
    }
}
