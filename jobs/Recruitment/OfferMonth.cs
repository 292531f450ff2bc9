namespace Matching.Jobs.Recruitment;

/// <summary>A company's offers for one crebo and path that start in one month: all of them, and the open ones with a free place.</summary>
internal sealed record OfferMonth(Guid CompanyId, int Crebo, string LearningPath, DateOnly Month, int Offers, int OpenWithPlace);
