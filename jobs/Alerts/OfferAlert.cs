using System.ComponentModel;

namespace Matching.Jobs.Alerts;

/// <summary>
/// A fitting offer for one of the school's seeking students: found when the offer opened (or got a free place again),
/// when it was among the student's ten best matches. Made once per student and offer, ever.
/// </summary>
public sealed record OfferAlert(
    Guid StudentId,
    [property: Description("The school's own reference of the student.")] string ExternalRef,
    AlertedOffer Offer,
    [property: Description("The offer's place among the student's matches when it was found, 1 to 10.")] int Rank,
    [property: Description("The offer's score among the student's matches when it was found.")] float Score,
    [property: Description("Straight-line distance between the PC4 centroids, in km.")] double DistanceKm,
    DateTimeOffset DetectedAt,
    [property: Description("The notification it went out in; null while it waits for the school's next one.")] Guid? BatchId);
