using Matching.Api.Offers;
using Matching.Api.Placements;
using Matching.Api.Students;

namespace Matching.Api.Rounds;

/// <summary>
/// Turns a proposed round into placement proposals through the normal placement flow. Idempotent: the round becomes
/// confirmed once, and every call proposes only the lines that have no outcome yet, so a confirmation cut short is
/// finished by calling it again. A proposal never takes a place (an acceptance does, under the offer's lock), so no
/// offer goes over capacity, whatever else proposes at the same time.
/// </summary>
internal sealed class RoundConfirmation(
    PlacementRoundRepository rounds, RoundProposalRepository proposals, PlacementRepository placements, StudentRepository students, OfferRepository offers)
{
    /// <summary>The confirmed round, or null when it is neither proposed nor confirmed.</summary>
    public async Task<PlacementRound?> ConfirmAsync(PlacementRound round, CancellationToken cancellationToken)
    {
        // A concurrent call may have confirmed it since it was read: then this call helps finish the lines.
        var confirmed = round.Status == "confirmed" ? round
            : await rounds.TransitionAsync(round.Id, ["proposed"], "confirmed", cancellationToken)
                ?? (await rounds.FindAsync(round.Id, cancellationToken) is { Status: "confirmed" } other ? other : null);
        if (confirmed is null)
        {
            return null;
        }
        // The lock goes with its connection, also when this node dies halfway.
        await using var held = await proposals.LockConfirmationAsync(round.Id, cancellationToken);
        var lines = await proposals.UnconfirmedAsync(round.Id, cancellationToken);
        var stored = await students.FindManyAsync([.. lines.Select(l => l.StudentId)], cancellationToken);
        var offerCache = new Dictionary<Guid, Offer?>();
        foreach (var (studentId, offerId) in lines)
        {
            if (!offerCache.TryGetValue(offerId, out var offer))
            {
                offerCache[offerId] = offer = await offers.FindAsync(offerId, cancellationToken);
            }
            var (placementId, outcome) = stored.TryGetValue(studentId, out var student) && offer is not null
                ? await ProposeAsync(student, offer, cancellationToken)
                : (null, "student_or_offer_gone");
            await proposals.SetOutcomeAsync(round.Id, studentId, placementId, outcome, cancellationToken);
        }
        return confirmed;
    }

    // The dates the placements endpoint gives a proposal without dates: from when both can start to the offer's end.
    private async Task<(Guid? PlacementId, string Outcome)> ProposeAsync(Student student, Offer offer, CancellationToken cancellationToken)
    {
        var start = student.AvailableFrom > offer.StartDate ? student.AvailableFrom : offer.StartDate;
        if (offer.EndDate < start)
        {
            return (null, "dates_clash");
        }
        var (outcome, placement) = await placements.ProposeAsync(student.Id, offer.Id, start, offer.EndDate, cancellationToken);
        return outcome switch
        {
            PlacementOutcome.Done => (placement!.Id, "proposed"),
            PlacementOutcome.AlreadyProposed => (null, "already_proposed"),
            PlacementOutcome.NoFreePlaces => (null, "offer_full"),
            PlacementOutcome.OfferNotOpen => (null, "offer_closed"),
            _ => (null, "student_or_offer_gone"),
        };
    }
}
