using System.Text;

namespace Matching.Jobs.Delivery;

/// <summary>
/// A delivery a sender has claimed, with what it needs to send it: the subscription's channel addresses and the
/// regions and sectors of its report (the key's own when the subscription names none). Attempts counts this one.
/// </summary>
public sealed record ClaimedDelivery(
    Guid Id,
    Guid SubscriptionId,
    IsoWeek IsoWeek,
    string Channel,
    int Attempts,
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> Sectors,
    string? WebhookUrl,
    string? WebhookSecret,
    string? Email,
    bool KeyRevoked)
{
    public const string Webhook = "webhook";
    public const string EmailChannel = "email";

    // A record prints every property; this one leaves out the addresses and above all the webhook secret,
    // so that a log line that prints a delivery can never leak it.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"Id = {Id}, SubscriptionId = {SubscriptionId}, IsoWeek = {IsoWeek}, Channel = {Channel}, Attempts = {Attempts}");
        return true;
    }
}
