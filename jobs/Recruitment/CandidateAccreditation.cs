namespace Matching.Jobs.Recruitment;

/// <summary>A company's accreditation for a short crebo and path in the cell's month, with its offers for it then and before.</summary>
internal sealed record CandidateAccreditation(CandidateCompany Company, int Crebo, string LearningPath, int OpenOffers, int OffersBefore)
{
    /// <summary>No open offer for the month, or fewer than the company had in the twelve months before: a place to recruit.</summary>
    public bool HasRoom => OpenOffers == 0 || OpenOffers < OffersBefore;
}
