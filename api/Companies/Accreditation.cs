namespace Matching.Api.Companies;

public sealed record Accreditation(Guid Id, Guid CompanyId, int Crebo, string LearningPath, DateOnly ValidFrom, DateOnly? ValidUntil, DateTimeOffset CreatedAt);
