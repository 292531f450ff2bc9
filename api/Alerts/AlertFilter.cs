using Matching.Api.Students;

namespace Matching.Api.Alerts;

/// <summary>Which of its students a school's alert subscription is for: empty lists and a null path mean any.</summary>
internal sealed record AlertFilter(Guid SubscriptionId, string SchoolBrin, int[] Crebos, string? LearningPath, string[] Regions)
{
    public bool Accepts(Student student, string region) =>
        (Crebos.Length == 0 || Crebos.Contains(student.Crebo))
        && (LearningPath is null || LearningPath == student.LearningPath)
        && (Regions.Length == 0 || Regions.Contains(region, StringComparer.Ordinal));
}
