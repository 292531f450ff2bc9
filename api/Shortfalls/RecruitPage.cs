using System.ComponentModel;
using Matching.Jobs;
using Matching.Jobs.Recruitment;
using Matching.Jobs.Reports;

namespace Matching.Api.Shortfalls;

/// <summary>A page of the companies to recruit places from for one flagged cell of a week's snapshot.</summary>
public sealed record RecruitPage(
    IsoWeek Week,
    [property: Description("The cell as the week's snapshot has it, with its short crebos in byCrebo.")] ShortfallCell Cell,
    [property: Description("The cell's seeking students now whose crebo is short: the demand the companies are ranked against.")] int Students,
    [property: Description("The companies on this page, best first.")] IReadOnlyList<CompanyToRecruit> Items,
    long Total,
    int Limit,
    int Offset);
