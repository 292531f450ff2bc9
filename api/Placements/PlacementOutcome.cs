namespace Matching.Api.Placements;

internal enum PlacementOutcome
{
    Done,
    NotFound,
    OfferNotOpen,
    NoFreePlaces,
    WrongStatus,
    AlreadyProposed,
}
