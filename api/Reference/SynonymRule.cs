namespace Matching.Api.Reference;

/// <summary>
/// One line of a Solr synonym list, each phrase as folded words: a query for any of <see cref="Inputs"/> also
/// finds text with any of <see cref="Outputs"/>. For "a, b, c" both are all three; for "a => b, c" the input is a.
/// </summary>
internal sealed record SynonymRule(IReadOnlyList<string[]> Inputs, IReadOnlyList<string[]> Outputs);
