using System.ComponentModel;

namespace Matching.Api.Rounds;

/// <summary>One student's line in a round's proposal.</summary>
public sealed record RoundAssignment(
    Guid StudentId,
    string SchoolBrin,
    int Crebo,
    [property: Description("The proposed offer; null when none.")] Guid? OfferId,
    [property: Description("The proposed offer's place in the student's order (1 = first choice).")] int? Choice,
    [property: Description("Why no offer: no_eligible_offer or preferred_offers_full.")] string? Reason,
    [property: Description("How many offers in the round the student was eligible for.")] int EligibleOffers,
    [property: Description("After confirmation: the placement proposal it became.")] Guid? PlacementId,
    [property: Description("After confirmation: proposed, already_proposed (the student was already proposed for this offer), offer_full, offer_closed, dates_clash or student_or_offer_gone.")] string? Outcome);
