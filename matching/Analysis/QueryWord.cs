namespace Matching.Engine.Analysis;

/// <summary>A word of a query with the terms it is searched by.</summary>
/// <param name="Written">The word as written in the query.</param>
/// <param name="Start">Where it starts in the query text.</param>
/// <param name="End">Where it ends in the query text (exclusive).</param>
/// <param name="Negated">Whether the query says it is not wanted ("geen nachtdiensten"): such a word is not searched for.</param>
/// <param name="Terms">Its stem first, then its compound parts and synonyms, each term once.</param>
public sealed record QueryWord(string Written, int Start, int End, bool Negated, IReadOnlyList<QueryTerm> Terms);
