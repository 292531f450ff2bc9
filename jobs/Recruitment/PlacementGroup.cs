namespace Matching.Jobs.Recruitment;

/// <summary>
/// A company's placements (accepted, active or ended) on offers of one path and one set of accepted crebos. Counted per
/// offer's crebos rather than per student's, because an erased student's placement stays without the student.
/// </summary>
internal sealed record PlacementGroup(Guid CompanyId, string LearningPath, int[] Crebos, int Count);
