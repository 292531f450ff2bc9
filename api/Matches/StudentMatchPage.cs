using System.ComponentModel;

namespace Matching.Api.Matches;

/// <summary>A page of a student's ranked matches, with the qualification they were matched on.</summary>
public sealed record StudentMatchPage(
    IReadOnlyList<MatchResult> Items,
    [property: Description("How many offers are eligible in all.")] int Total,
    int Limit,
    int Offset,
    MatchQualification Qualification,
    [property: Description("Set when the student's crebo is not current: how it was matched, or why only few or no offers can match.")] MatchNotice? Notice);
