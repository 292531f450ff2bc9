namespace Matching.Jobs.Recruitment;

/// <summary>
/// What the companies accredited for the wanted crebos and paths offer: their accreditations by crebo and path, where
/// they are, their offers by month and their placements. Read once for any number of cells.
/// </summary>
internal sealed record CompanySupply(
    ILookup<(int Crebo, string LearningPath), AccreditationSpan> Accreditations,
    IReadOnlyDictionary<Guid, CandidateCompany> Companies,
    ILookup<(Guid CompanyId, int Crebo, string LearningPath), OfferMonth> Offers,
    ILookup<Guid, PlacementGroup> Placements);
