namespace Matching.Engine.Allocation;

// Augmenting paths for MaximumFill. A path starts at an unplaced student, goes to an offer on its list, from
// there to a student placed at that offer, on to another offer on that student's list, and so on, ending at an
// offer with a free place. Shifting every student one step along the path places the first student and keeps
// everyone else placed. Each phase finds the shortest length L by a breadth-first search from all unplaced
// students at once, then follows only edges from level d to d + 1 (Dinic's level graph), so phases are few.
internal sealed class AugmentingPathSearch
{
    private readonly AllocationProblem _problem;
    private readonly int[] _slotStart;
    private readonly int[] _slots;
    private readonly int[] _slotOf;
    private readonly int[] _count;
    private readonly int[] _offerLevel;
    private readonly int[] _studentLevel;
    private readonly int[] _offerCursor;
    private readonly int[] _studentCursor;
    private readonly int[] _queue;
    private readonly int[] _path;

    public AugmentingPathSearch(AllocationProblem problem, int[] pairOf)
    {
        _problem = problem;
        PairOf = pairOf.ToArray();
        var studentCount = problem.StudentCount;
        var offerCount = problem.OfferCount;

        // The students placed at each offer live in a slot range sized like the offer heaps of deferred acceptance.
        _slotStart = new int[offerCount + 1];
        foreach (var offer in problem.PairOffer)
        {
            _slotStart[offer + 1]++;
        }

        for (var offer = 0; offer < offerCount; offer++)
        {
            _slotStart[offer + 1] = _slotStart[offer] + Math.Min(_slotStart[offer + 1], problem.Capacities[offer]);
        }

        _slots = new int[_slotStart[offerCount]];
        _slotOf = new int[studentCount];
        _count = new int[offerCount];
        for (var student = 0; student < studentCount; student++)
        {
            if (PairOf[student] >= 0)
            {
                var offer = problem.PairOffer[PairOf[student]];
                _slotOf[student] = _slotStart[offer] + _count[offer]++;
                _slots[_slotOf[student]] = student;
            }
        }

        _offerLevel = new int[offerCount];
        _studentLevel = new int[studentCount];
        _offerCursor = new int[offerCount];
        _studentCursor = new int[studentCount];
        _queue = new int[offerCount];
        _path = new int[offerCount + 1];
    }

    public int[] PairOf { get; }

    // Runs phases until no augmenting path is left; true when at least one student was added.
    public bool Run()
    {
        var added = false;
        while (BuildLevels())
        {
            Array.Copy(_slotStart, _offerCursor, _offerCursor.Length);
            Array.Copy(_problem.StudentStart, _studentCursor, _studentCursor.Length);
            for (var student = 0; student < PairOf.Length; student++)
            {
                if (PairOf[student] < 0 && FindPath(student))
                {
                    added = true;
                }
            }
        }

        return added;
    }

    private bool HasRoom(int offer) => _count[offer] < _problem.Capacities[offer];

    // Breadth-first from all unplaced students: offers on their lists are level 1; a student placed at a level-d
    // offer gets level d and the other offers on its list level d + 1. Stops expanding at the first level that has
    // an offer with room. False when no offer with room can be reached: the assignment is then maximum.
    private bool BuildLevels()
    {
        var start = _problem.StudentStart;
        var pairOffer = _problem.PairOffer;
        Array.Fill(_offerLevel, -1);
        Array.Fill(_studentLevel, -1);
        int head = 0, tail = 0;
        for (var student = 0; student < PairOf.Length; student++)
        {
            if (PairOf[student] < 0)
            {
                for (var pair = start[student]; pair < start[student + 1]; pair++)
                {
                    if (_offerLevel[pairOffer[pair]] < 0)
                    {
                        _offerLevel[pairOffer[pair]] = 1;
                        _queue[tail++] = pairOffer[pair];
                    }
                }
            }
        }

        var shortest = int.MaxValue;
        while (head < tail)
        {
            var offer = _queue[head++];
            var level = _offerLevel[offer];
            if (HasRoom(offer))
            {
                shortest = Math.Min(shortest, level);
                continue;
            }

            if (level >= shortest)
            {
                continue;
            }

            for (var slot = _slotStart[offer]; slot < _slotStart[offer] + _count[offer]; slot++)
            {
                var student = _slots[slot];
                _studentLevel[student] = level;
                for (var pair = start[student]; pair < start[student + 1]; pair++)
                {
                    if (_offerLevel[pairOffer[pair]] < 0)
                    {
                        _offerLevel[pairOffer[pair]] = level + 1;
                        _queue[tail++] = pairOffer[pair];
                    }
                }
            }
        }

        return shortest != int.MaxValue;
    }

    // Depth-first along the levels from one unplaced student, without recursion: _path[d] is the student at depth
    // d and its cursor points at the offer (level d + 1) being tried. Dead ends get level -1 so no later search in
    // the phase enters them again, which keeps a phase linear in the pairs.
    private bool FindPath(int root)
    {
        var start = _problem.StudentStart;
        var pairOffer = _problem.PairOffer;
        var depth = 0;
        _path[0] = root;
        while (true)
        {
            var student = _path[depth];
            var offer = -1;
            for (; _studentCursor[student] < start[student + 1]; _studentCursor[student]++)
            {
                if (_offerLevel[pairOffer[_studentCursor[student]]] == depth + 1)
                {
                    offer = pairOffer[_studentCursor[student]];
                    break;
                }
            }

            if (offer < 0)
            {
                if (depth == 0)
                {
                    return false;
                }

                // Back at the parent's offer: skip this student and look at the offer's next one.
                _studentLevel[student] = -1;
                depth--;
                _offerCursor[pairOffer[_studentCursor[_path[depth]]]]++;
                continue;
            }

            if (HasRoom(offer))
            {
                Shift(depth);
                return true;
            }

            var next = NextStudent(offer, depth + 1);
            if (next < 0)
            {
                _offerLevel[offer] = -1;
                _studentCursor[student]++;
                continue;
            }

            _path[++depth] = next;
        }
    }

    // The next student placed at the offer that belongs to the level graph; the cursor stays on it until it
    // turns out to be a dead end.
    private int NextStudent(int offer, int level)
    {
        var end = _slotStart[offer] + _count[offer];
        for (; _offerCursor[offer] < end; _offerCursor[offer]++)
        {
            var student = _slots[_offerCursor[offer]];
            if (_studentLevel[student] == level)
            {
                return student;
            }
        }

        return -1;
    }

    // Moves every student on the path to the offer its cursor points at. Each student takes over the slot of the
    // one it pushes on, and the last one takes a free place, so only the last offer gains a student. A student that
    // moved keeps its old level, which no longer matches its new offer, so it is not used again this phase.
    private void Shift(int depth)
    {
        var pairOffer = _problem.PairOffer;
        for (var d = 0; d <= depth; d++)
        {
            var student = _path[d];
            var pair = _studentCursor[student];
            int slot;
            if (d < depth)
            {
                slot = _slotOf[_path[d + 1]];
            }
            else
            {
                var offer = pairOffer[pair];
                slot = _slotStart[offer] + _count[offer]++;
            }

            _slots[slot] = student;
            _slotOf[student] = slot;
            PairOf[student] = pair;
        }
    }
}
