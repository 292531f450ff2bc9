namespace Matching.Jobs.Reports;

/// <summary>The regions and sectors a reader may see (a coordinator key's, or a subscription's): empty means all.</summary>
public sealed record ShortfallScope(IReadOnlyList<string> Regions, IReadOnlyList<string> Sectors);
