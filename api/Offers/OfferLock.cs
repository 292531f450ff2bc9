namespace Matching.Api.Offers;

/// <summary>An offer's row as read under FOR UPDATE: what a writer needs to decide on places.</summary>
internal sealed record OfferLock(int Version, string Status, int Places, int Booked)
{
    public int FreePlaces => Math.Max(0, Places - Booked);
}
