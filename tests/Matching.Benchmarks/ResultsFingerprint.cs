using System.Security.Cryptography;
using Matching.Engine.Search;

namespace Matching.Benchmarks;

/// <summary>
/// A hash of everything a query returns (totals, hit ids, scores to the bit, distances, facet counts), so
/// two runs of the same workload on different engine code show at a glance whether any answer changed.
/// </summary>
internal sealed class ResultsFingerprint : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] _buffer = new byte[32];

    public void Add(SearchResults results)
    {
        AddInt(results.TotalHits);
        foreach (var hit in results.Hits)
        {
            _hash.AppendData(hit.Id.ToByteArray());
            AddInt(BitConverter.SingleToInt32Bits(hit.Score));
            AddLong(BitConverter.DoubleToInt64Bits(hit.DistanceKm ?? double.NaN));
        }

        foreach (var (facet, counts) in results.Facets.OrderBy(facet => facet.Key, StringComparer.Ordinal))
        {
            _hash.AppendData(System.Text.Encoding.UTF8.GetBytes(facet));
            foreach (var (value, count) in counts.OrderBy(count => count.Key, StringComparer.Ordinal))
            {
                _hash.AppendData(System.Text.Encoding.UTF8.GetBytes(value));
                AddInt(count);
            }
        }
    }

    // The first 16 hex digits of the SHA-256.
    public string Value() => Convert.ToHexStringLower(_hash.GetCurrentHash())[..16];

    public void Dispose() => _hash.Dispose();

    private void AddInt(int value)
    {
        BitConverter.TryWriteBytes(_buffer, value);
        _hash.AppendData(_buffer, 0, sizeof(int));
    }

    private void AddLong(long value)
    {
        BitConverter.TryWriteBytes(_buffer, value);
        _hash.AppendData(_buffer, 0, sizeof(long));
    }
}
