namespace Matching.Demo;

public sealed record DemoAccreditation(Guid Id, Guid CompanyId, int Crebo, string LearningPath, DateOnly ValidFrom, DateOnly? ValidUntil);
