namespace Matching.Api.Shortfalls;

/// <summary>The regions and sectors a request may see: empty means all.</summary>
internal sealed record ShortfallScope(IReadOnlyList<string> Regions, IReadOnlyList<string> Sectors);
