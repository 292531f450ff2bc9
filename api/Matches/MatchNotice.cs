using System.ComponentModel;

namespace Matching.Api.Matches;

/// <summary>Why a student's matches are not simply the offers for the student's crebo, or why there may be none.</summary>
public sealed record MatchNotice(
    [property: Description("matched_as_successor (an expired crebo matched as its current successor), expired_crebo (an expired crebo without a usable successor: only offers naming it match) or unknown_crebo.")] string Code,
    [property: Description("The same for people, with what to do about it.")] string Message);
