namespace Matching.Engine.Search;

/// <summary>A word of a query that no document holds and the word that was searched for instead.</summary>
/// <param name="Written">The word as written.</param>
/// <param name="UsedInstead">A written form of the index's term that was used.</param>
/// <param name="Term">The index's term (a stem).</param>
/// <param name="Edits">Letters inserted, deleted, replaced or swapped between the two terms.</param>
public sealed record TermCorrection(string Written, string UsedInstead, string Term, int Edits);
