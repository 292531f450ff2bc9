namespace Matching.Engine.Allocation;

/// <summary>
/// A student and an offer that would both rather be matched to each other than keep what they have: the student
/// prefers the offer to their own place (or has none), and the offer has a free place or ranks the student above
/// one of its students.
/// </summary>
/// <param name="Student">The student.</param>
/// <param name="Offer">The offer.</param>
public readonly record struct BlockingPair(int Student, int Offer);
