namespace Matching.Engine.Search;

/// <summary>Keeps documents whose keyword field has any of <see cref="Values"/> (or, with <see cref="Exclude"/>, none of them).</summary>
/// <param name="Field">A keyword field.</param>
/// <param name="Values">The values, matched exactly.</param>
/// <param name="Exclude">Keep documents with none of the values instead, including those without the field.</param>
public sealed record KeywordFilter(string Field, IReadOnlyCollection<string> Values, bool Exclude = false) : SearchFilter;
