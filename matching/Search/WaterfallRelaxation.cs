namespace Matching.Engine.Search;

/// <summary>
/// Some rules of a <see cref="WaterfallRequest"/> changed at once: the waterfall counts the documents that fail the
/// request's rules and pass them with <see cref="Replacements"/> in place of the rules of the same names.
/// </summary>
/// <param name="Name">What the change is, for the caller.</param>
/// <param name="Replacements">Rules named as rules of the request, each replacing that rule; the other rules stay.</param>
public sealed record WaterfallRelaxation(string Name, IReadOnlyList<WaterfallRule> Replacements);
