using System.ComponentModel;

namespace Matching.Api.Matches;

/// <summary>The student's qualification, and the one whose offers were matched.</summary>
public sealed record MatchQualification(
    [property: Description("The student's crebo.")] int Crebo,
    [property: Description("Its name in SBB's qualification list (empty for a crebo the list no longer has).")] string Name,
    [property: Description("Whether it belongs to today's qualification structure (crebo 25000-27999).")] bool Current,
    [property: Description("The crebo the offers were matched on: the student's own, or for an expired crebo its successor (see notice).")] int MatchedAs,
    [property: Description("The name of the qualification matched on.")] string MatchedAsName);
