namespace Matching.Engine.Search;

/// <summary>
/// Multiplies the score of a document whose text holds <see cref="Term"/> in any of <see cref="Fields"/> by
/// <see cref="Factor"/>, once: what a wish rules out ("geen nachtdiensten") moves such documents down without
/// removing them (an offer may mention the word to say it has none).
/// </summary>
/// <param name="Fields">Text fields to look in.</param>
/// <param name="Term">The term, as analysis produces it.</param>
/// <param name="Factor">Between 0 (exclusive) and 1.</param>
public sealed record TermPenalty(IReadOnlyList<string> Fields, string Term, float Factor) : ScoreFunction;
