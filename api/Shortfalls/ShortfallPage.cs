using Matching.Jobs;
using Matching.Jobs.Reports;

namespace Matching.Api.Shortfalls;

/// <summary>A page of one week's snapshot; Week is null when no snapshot has been computed yet.</summary>
public sealed record ShortfallPage(IsoWeek? Week, DateTimeOffset? ComputedAt, IReadOnlyList<ShortfallCell> Items, long Total, int Limit, int Offset);
