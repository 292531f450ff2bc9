using System.ComponentModel;

namespace Matching.Jobs.Recruitment;

/// <summary>The companies to recruit places from for one flagged cell, best first.</summary>
public sealed record CellRecruits(
    [property: Description("The cell's id, as in the shortfall list.")] string CellId,
    [property: Description("The cell's seeking students now whose crebo is short in the snapshot: the demand the companies are ranked against.")] int Students,
    [property: Description("How many companies there are to recruit in all.")] int Total,
    IReadOnlyList<CompanyToRecruit> Companies);
