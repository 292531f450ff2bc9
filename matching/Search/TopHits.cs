using System.Buffers;

namespace Matching.Engine.Search;

// A bounded heap of the best Capacity hits; its root is the worst one kept.
internal sealed class TopHits(HitComparer comparer, int capacity) : IDisposable
{
    private HitEntry[] _heap = capacity == 0 ? [] : ArrayPool<HitEntry>.Shared.Rent(Math.Min(capacity, 64));
    private int _count;

    public int Capacity { get; } = capacity;

    // True when a hit with this score surely cannot enter: the heap is full, hits rank by score, and the
    // worst kept hit scores higher (hits come in doc order, so a later one also loses a tie). Saves building it.
    public bool Rejects(float score) => Capacity > 0 && _count == Capacity && comparer.ByScore && score < _heap[0].Score;

    // The score a later hit must beat to enter (hits come in doc order, so a tie loses): the worst kept score once the
    // heap is full and ranks by score, negative infinity while any hit can still enter, positive infinity when none can.
    public float ScoreToBeat => Capacity == 0 ? float.PositiveInfinity
        : _count < Capacity || !comparer.ByScore ? float.NegativeInfinity
        : _heap[0].Score;

    public void Offer(in HitEntry entry)
    {
        if (_count < Capacity)
        {
            if (_count == _heap.Length)
            {
                Grow();
            }

            _heap[_count] = entry;
            SiftUp(_count++);
        }
        else if (Capacity > 0 && comparer.Compare(entry, _heap[0]) < 0)
        {
            _heap[0] = entry;
            SiftDown(0);
        }
    }

    // The kept hits, best first.
    public HitEntry[] ToSortedArray()
    {
        var sorted = _heap[.._count];
        Array.Sort(sorted, comparer);
        return sorted;
    }

    public void Dispose()
    {
        if (_heap.Length > 0)
        {
            ArrayPool<HitEntry>.Shared.Return(_heap);
            _heap = [];
        }
    }

    private void Grow()
    {
        var grown = ArrayPool<HitEntry>.Shared.Rent(Math.Min(Capacity, _heap.Length * 2));
        Array.Copy(_heap, grown, _count);
        ArrayPool<HitEntry>.Shared.Return(_heap);
        _heap = grown;
    }

    // Heap order: a parent is never better than its children, so the worst kept hit is at the root.
    private void SiftUp(int index)
    {
        var entry = _heap[index];
        while (index > 0)
        {
            var parent = (index - 1) >> 1;
            if (comparer.Compare(_heap[parent], entry) >= 0)
            {
                break;
            }

            _heap[index] = _heap[parent];
            index = parent;
        }

        _heap[index] = entry;
    }

    private void SiftDown(int index)
    {
        var entry = _heap[index];
        while (true)
        {
            var child = (index << 1) + 1;
            if (child >= _count)
            {
                break;
            }

            if (child + 1 < _count && comparer.Compare(_heap[child + 1], _heap[child]) > 0)
            {
                child++;
            }

            if (comparer.Compare(_heap[child], entry) <= 0)
            {
                break;
            }

            _heap[index] = _heap[child];
            index = child;
        }

        _heap[index] = entry;
    }
}
