namespace Matching.Api.Matches;

/// <summary>
/// The weights of the match score, in one place for both directions. A word in an offer's title
/// says more about the work than one deep in its description.
/// </summary>
internal static class MatchWeights
{
    public const float TitleBoost = 2.0f;
    public const float RequirementsBoost = 1.5f;
    public const float OfferDescriptionBoost = 1.0f;

    // Offer texts used as a query on students' free text: the description is long and says much besides the work.
    public const float DescriptionAsQueryBoost = 0.5f;

    public const float PreferredSectorBoost = 0.25f;

    // An offer that mentions what the wish rules out keeps half its score: moved down, not hidden (it may say it has none).
    public const float RuledOutFactor = 0.5f;

    // The qualification's name against the student's own words: it only breaks ties, since every eligible offer is for it.
    public const float QualificationNameWeight = 0.1f;

    // Every eligible item starts at 1, so one whose text matches nothing still ranks by distance and date.
    public const float RelevanceBase = 1f;

    public const int StartOffsetDays = 7;
    public const int StartScaleDays = 90;
}
