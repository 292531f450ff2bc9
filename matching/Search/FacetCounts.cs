using System.Diagnostics.CodeAnalysis;

namespace Matching.Engine.Search;

// Value counts of one facet, enumerated most frequent first, then by value (ordinal).
internal sealed class FacetCounts : IReadOnlyDictionary<string, int>
{
    private readonly KeyValuePair<string, int>[] _ordered;
    private readonly Dictionary<string, int> _counts;

    public FacetCounts(Dictionary<string, int> counts)
    {
        _counts = counts;
        _ordered = [.. counts];
        Array.Sort(_ordered, static (a, b) => a.Value != b.Value ? b.Value.CompareTo(a.Value) : string.CompareOrdinal(a.Key, b.Key));
    }

    public int Count => _ordered.Length;

    public IEnumerable<string> Keys => _ordered.Select(pair => pair.Key);

    public IEnumerable<int> Values => _ordered.Select(pair => pair.Value);

    public int this[string key] => _counts[key];

    public bool ContainsKey(string key) => _counts.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out int value) => _counts.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, int>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, int>>)_ordered).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
