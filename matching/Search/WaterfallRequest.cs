using Matching.Engine.Geo;

namespace Matching.Engine.Search;

/// <summary>
/// Rules in order, to count per rule how many documents it rules out (a document counts for the first rule it fails),
/// how many pass them all, and how many each <see cref="WaterfallRelaxation"/> would let through besides.
/// </summary>
/// <remarks>
/// The first rule chooses the candidates: it is one <see cref="KeywordFilter"/> that keeps documents with any of its values
/// (not <see cref="KeywordFilter.Exclude"/>), and a relaxation that replaces it replaces it with one such filter on the
/// same field. Only the documents with one of those values are read, once each; every other document fails the first
/// rule and each of its replacements, and is counted without being read.
/// </remarks>
public sealed class WaterfallRequest
{
    /// <summary>The most rules a request may have.</summary>
    public const int MaxRules = 64;

    /// <summary>The rules, in the order they are applied; at least one, at most <see cref="MaxRules"/>.</summary>
    public required IReadOnlyList<WaterfallRule> Rules { get; init; }

    /// <summary>The changes to count documents for, each on its own; they may replace at most 64 different sets of rules.</summary>
    public IReadOnlyList<WaterfallRelaxation> Relaxations { get; init; } = [];

    /// <summary>The point the geo filters' distances are measured from once per document; when null, the first geo filter's center.</summary>
    public GeoPoint? Origin { get; init; }
}
