namespace Matching.Engine.Search;

/// <summary>A text field a query's words are searched in, with its boost.</summary>
/// <param name="Field">The text field.</param>
/// <param name="Boost">Multiplies the weight of every term in it.</param>
public readonly record struct FieldBoost(string Field, float Boost);
