using System.Text;

namespace Matching.Jobs.Delivery;

/// <summary>
/// A delivery a sender has claimed, with what it needs to send it: the subscription's channel addresses and what to
/// send. For a weekly report (<see cref="Report"/>) that is the week and the regions and sectors of its report (the
/// key's own when the subscription names none); for a school's offer alerts (<see cref="OfferAlerts"/>) the batch.
/// SubscriptionId is the report subscription or the alert subscription. Attempts counts this one.
/// </summary>
public sealed record ClaimedDelivery(
    Guid Id,
    Guid SubscriptionId,
    IsoWeek? IsoWeek,
    string Channel,
    int Attempts,
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> Sectors,
    string? WebhookUrl,
    string? WebhookSecret,
    string? Email,
    bool KeyRevoked,
    string Kind = ClaimedDelivery.Report,
    Guid? AlertBatchId = null)
{
    public const string Webhook = "webhook";
    public const string EmailChannel = "email";

    public const string Report = "report";
    public const string OfferAlerts = "offer-alerts";

    /// <summary>What the delivery carries, for log lines: "the 2027-W02 report" or "the offer alerts of batch ...".</summary>
    public string What => Kind == OfferAlerts ? $"the offer alerts of batch {AlertBatchId}" : $"the {IsoWeek} report";

    // A record prints every property; this one leaves out the addresses and above all the webhook secret,
    // so that a log line that prints a delivery can never leak it.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"Id = {Id}, Kind = {Kind}, SubscriptionId = {SubscriptionId}, IsoWeek = {IsoWeek}, AlertBatchId = {AlertBatchId}, Channel = {Channel}, Attempts = {Attempts}");
        return true;
    }
}
