namespace Matching.Engine.Search;

/// <summary>A term of the index close to a term that the index does not hold.</summary>
/// <param name="Term">The index's term.</param>
/// <param name="Edits">Its Damerau-Levenshtein distance to the term asked for (1 or 2).</param>
/// <param name="DocFreq">Live documents that hold it, summed over the fields searched.</param>
public readonly record struct TermSuggestion(string Term, int Edits, long DocFreq);
