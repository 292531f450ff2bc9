namespace Matching.Api.Placements;

/// <summary>A status change and the statuses it may start from.</summary>
internal sealed record PlacementTransition(string Name, string Target, string[] From)
{
    public static readonly PlacementTransition Accept = new("accept", "accepted", ["proposed"]);
    public static readonly PlacementTransition Decline = new("decline", "declined", ["proposed"]);
    public static readonly PlacementTransition Cancel = new("cancel", "cancelled", ["proposed", "accepted"]);

    public bool TakesPlace => Target == "accepted";
}
