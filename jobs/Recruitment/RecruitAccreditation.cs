using System.ComponentModel;

namespace Matching.Jobs.Recruitment;

/// <summary>
/// One of a company's accreditations that makes it worth a call: a short crebo on a learning path, valid in the cell's
/// start month, for which it has no open offer with a free place starting in that month, or fewer than it had in the
/// twelve months before.
/// </summary>
public sealed record RecruitAccreditation(
    int Crebo,
    string Name,
    [property: Description("BOL or BBL.")] string LearningPath,
    [property: Description("The cell's seeking students of this crebo and path whose own travel distance reaches the company.")] int StudentsWithinReach,
    [property: Description("Open offers of the company for this crebo and path with a free place, starting in the cell's month.")] int OpenOffers,
    [property: Description("The company's offers for this crebo and path (open or closed) that started in the twelve months before the cell's month.")] int OffersBefore,
    [property: Description("Accepted, active and ended placements on the company's offers for this crebo and path.")] int Placements);
