namespace Matching.Engine.Allocation;

// The students each offer holds during deferred acceptance: per offer a max-heap on the offer's rank, stored in
// one shared array, so the root is the held student the offer likes least and the one a better proposer displaces.
internal sealed class OfferHeaps
{
    private readonly int[] _start;
    private readonly int[] _size;
    private readonly int[] _students;
    private readonly int[] _ranks;

    public OfferHeaps(int[] start)
    {
        _start = start;
        _size = new int[start.Length - 1];
        _students = new int[start[^1]];
        _ranks = new int[start[^1]];
    }

    public bool HasRoom(int offer) => _size[offer] < _start[offer + 1] - _start[offer];

    // Only asked when the offer is full; an offer with no room at all (capacity 0) takes nobody.
    public bool WouldTake(int offer, int rank) => _size[offer] > 0 && rank < _ranks[_start[offer]];

    public void Push(int offer, int student, int rank)
    {
        var root = _start[offer];
        var index = _size[offer]++;
        while (index > 0)
        {
            var parent = (index - 1) >> 1;
            if (_ranks[root + parent] >= rank)
            {
                break;
            }

            _students[root + index] = _students[root + parent];
            _ranks[root + index] = _ranks[root + parent];
            index = parent;
        }

        _students[root + index] = student;
        _ranks[root + index] = rank;
    }

    // Puts the student in place of the worst held one and returns the displaced student.
    public int ReplaceWorst(int offer, int student, int rank)
    {
        var root = _start[offer];
        var size = _size[offer];
        var displaced = _students[root];
        var index = 0;
        while (true)
        {
            var child = (index << 1) + 1;
            if (child >= size)
            {
                break;
            }

            if (child + 1 < size && _ranks[root + child + 1] > _ranks[root + child])
            {
                child++;
            }

            if (_ranks[root + child] <= rank)
            {
                break;
            }

            _students[root + index] = _students[root + child];
            _ranks[root + index] = _ranks[root + child];
            index = child;
        }

        _students[root + index] = student;
        _ranks[root + index] = rank;
        return displaced;
    }
}
