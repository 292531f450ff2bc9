namespace Matching.Engine.Allocation;

/// <summary>
/// An optional second pass after <see cref="DeferredAcceptance"/>: places as many students as the eligibility and
/// capacities allow, by moving placed students to other offers they are eligible for where that frees a place
/// for an unplaced student.
/// </summary>
/// <remarks>
/// <para>Guarantees: the result places the maximum number of students any assignment within the capacities can
/// place (a maximum b-matching); every student placed in the input is still placed, though possibly at another
/// offer on their list; offers stay within capacity; the outcome is deterministic.</para>
/// <para>Does not guarantee: stability, or that a moved student keeps an offer as good as before. A moved student
/// may get a lower choice and an offer may lose a student it ranks higher, so the result can have blocking pairs;
/// <see cref="StabilityCheck.CountBlockingPairs"/> and <see cref="AllocationResult.Summarize"/> report how many.
/// When the input already places the maximum, it is returned unchanged.</para>
/// <para>Runs in phases of shortest augmenting paths (Hopcroft and Karp, 1973, for offers with several places):
/// O(pairs) per phase and O(sqrt(students + offers)) phases at most.</para>
/// </remarks>
public static class MaximumFill
{
    /// <summary>Extends <paramref name="result"/> to a maximum-cardinality assignment that keeps its placed students placed.</summary>
    public static AllocationResult Apply(AllocationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var search = new AugmentingPathSearch(result.Problem, result.PairOf);
        return search.Run() ? new AllocationResult(result.Problem, search.PairOf) : result;
    }
}
