namespace Matching.Demo;

public sealed record DemoDataset(
    IReadOnlyList<DemoSchool> Schools,
    IReadOnlyList<DemoStudent> Students,
    IReadOnlyList<DemoCompany> Companies,
    IReadOnlyList<DemoAccreditation> Accreditations,
    IReadOnlyList<DemoOffer> Offers);
