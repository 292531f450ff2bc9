namespace Matching.Jobs.Recruitment;

/// <summary>A company's accreditation for a wanted crebo and path, with its validity.</summary>
internal sealed record AccreditationSpan(CandidateCompany Company, int Crebo, string LearningPath, DateOnly ValidFrom, DateOnly? ValidUntil)
{
    /// <summary>Valid on some day of the month: a place could start then.</summary>
    public bool ValidIn(DateOnly month) => ValidFrom < month.AddMonths(1) && (ValidUntil is null || ValidUntil >= month);
}
