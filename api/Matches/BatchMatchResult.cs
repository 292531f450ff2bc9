using System.ComponentModel;

namespace Matching.Api.Matches;

/// <summary>One student's top offers, or why there are none.</summary>
public sealed record BatchMatchResult(
    Guid StudentId,
    [property: Description("ok, not_found or forbidden (another school's student).")] string Status,
    int Total,
    IReadOnlyList<MatchResult> Items,
    [property: Description("The qualification the student was matched on (status ok only).")] MatchQualification? Qualification = null,
    [property: Description("Set when the student's crebo is not current, as in a student's matches.")] MatchNotice? Notice = null);
