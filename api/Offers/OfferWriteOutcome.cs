namespace Matching.Api.Offers;

internal enum OfferWriteOutcome
{
    Done,
    NotFound,
    VersionMismatch,
    PlacesBelowBooked,
}
