namespace Matching.Engine.Analysis;

/// <summary>A term a query word is searched by.</summary>
/// <param name="Term">The term, as the index holds it.</param>
/// <param name="Weight">Multiplies the field's boost: 1 for the word itself, less for its parts, synonyms and corrections.</param>
/// <param name="Source">Where the term comes from.</param>
public sealed record QueryTerm(string Term, float Weight, QueryTermSource Source);
