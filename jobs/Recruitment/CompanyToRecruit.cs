using System.ComponentModel;

namespace Matching.Jobs.Recruitment;

/// <summary>
/// An accredited leerbedrijf (a business in SBB's public register) that could offer places for a flagged cell, with the
/// counts it is ranked by and the reason it is listed. Students appear only as counts.
/// </summary>
public sealed record CompanyToRecruit(
    [property: Description("1 for the company with the most demand within reach; the order of the whole list, not of the page.")] int Rank,
    Guid CompanyId,
    string Kvk,
    string Name,
    int Pc4,
    string Place,
    [property: Description("The labour-market region of the company's PC4: the cell's own, or a neighbour whose company some of the cell's students can reach.")] string RegionCode,
    string RegionName,
    [property: Description("The cell's seeking students (of the accreditations below) whose own maximum travel distance from their PC4 reaches the company's PC4.")] int StudentsWithinReach,
    [property: Description("Accepted, active and ended placements on the company's offers for the accreditations below, each counted once.")] int Placements,
    [property: Description("The accreditations that make it a lead, most students within reach first.")] IReadOnlyList<RecruitAccreditation> Accreditations,
    [property: Description("Why the company is listed, e.g. \"accredited for 25774 BBL, no open offer for 2027-03\".")] string Reason);
