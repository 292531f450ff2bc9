using System.Runtime.CompilerServices;

namespace Matching.Engine.Index;

// What an index's structures take on the managed heap, part by part: the arrays by their element size and length, and
// a term dictionary by its entries, buckets and strings. An estimate of the payload (object headers of the arrays are
// left out), so the parts show where the bytes a posting go and what a smaller encoding would save.
internal sealed class IndexMemory
{
    private const int DictionaryEntryBytes = 24;
    private const int StringBaseBytes = 22;

    private readonly Dictionary<string, long> _parts = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    public IReadOnlyList<KeyValuePair<string, long>> Parts => [.. _order.Select(part => KeyValuePair.Create(part, _parts[part]))];

    public void Add<T>(string part, T[]? array) =>
        Add(part, array is null ? 0 : (long)array.Length * Unsafe.SizeOf<T>());

    public void AddTerms(string part, Dictionary<string, int> terms)
    {
        var capacity = terms.EnsureCapacity(0);
        long bytes = (long)capacity * (DictionaryEntryBytes + sizeof(int));
        foreach (var term in terms.Keys)
        {
            bytes += (StringBaseBytes + (2L * term.Length) + 7) & ~7L;
        }

        Add(part, bytes);
    }

    public void Add(string part, long bytes)
    {
        if (_parts.TryAdd(part, bytes))
        {
            _order.Add(part);
        }
        else
        {
            _parts[part] += bytes;
        }
    }
}
