namespace Matching.Jobs.Recruitment;

/// <summary>Where a cell's companies may lie: its region, or the box its students' travel cannot leave; and the crebos it wants.</summary>
internal sealed record CellArea(string RegionCode, ReachBox Box, IReadOnlyList<int> Crebos);
