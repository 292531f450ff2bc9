namespace Matching.Engine.Search;

/// <summary>
/// Adds <see cref="Weight"/> to the preference factor <c>1 + sum of weights</c> when the document's keyword
/// field has <see cref="Value"/>; e.g. a student's preferred sector.
/// </summary>
/// <param name="Field">A keyword field.</param>
/// <param name="Value">The value.</param>
/// <param name="Weight">Added when the value is present; finite and at least 0.</param>
public sealed record PreferenceBoost(string Field, string Value, float Weight) : ScoreFunction;
