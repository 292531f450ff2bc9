namespace Matching.Engine.Search;

/// <summary>One rule of a <see cref="WaterfallRequest"/>: a document passes it when it passes all of its filters.</summary>
/// <param name="Name">The rule's name, unique in its request; a <see cref="WaterfallRelaxation"/> names the rules it replaces by it.</param>
/// <param name="Filters">The filters, tested as a search tests them.</param>
public sealed record WaterfallRule(string Name, IReadOnlyList<SearchFilter> Filters);
