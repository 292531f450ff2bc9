using System.Net;
using Matching.Jobs.Delivery;
using Matching.Api.Reference;
using Matching.Api.Validation;

namespace Matching.Api.Subscriptions;

/// <summary>The checks on a subscription beyond its attributes: known codes, and its channels (<see cref="DeliveryChannelRules"/>).</summary>
internal static class SubscriptionRules
{
    public static ValidationErrors Validate(SubscriptionRequest request, ReferenceDataSet reference, DeliveryOptions delivery)
    {
        var errors = new ValidationErrors();
        foreach (var region in (request.Regions ?? []).Where(r => reference.FindRegion(r) is null))
        {
            errors.Add("regions", $"Unknown labour-market region '{region}'.");
        }
        foreach (var sector in (request.Sectors ?? []).Where(s => reference.FindSector(s) is null))
        {
            errors.Add("sectors", $"Unknown sector '{sector}'.");
        }
        DeliveryChannelRules.Validate(request.WebhookUrl, request.WebhookSecret, request.Email, delivery, errors);
        return errors;
    }

    /// <summary>Why a webhook URL cannot be used, or null when it can.</summary>
    public static string? WebhookUrlProblem(string url, DeliveryOptions delivery)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || string.IsNullOrEmpty(uri.Host)
            || url.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return "The webhook URL must be an absolute https:// URL.";
        }
        if (uri.Scheme == "http" && !(delivery.AllowInsecureLoopback && uri.IsLoopback))
        {
            return "The webhook URL must use https: the report and its signature must not cross the network in clear text.";
        }
        // Names are checked again, on what they resolve to, each time a report is sent (WebhookAddressPolicy).
        var literal = uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6 ? IPAddress.Parse(uri.DnsSafeHost) : null;
        var policy = WebhookAddressPolicy.From(delivery);
        if ((literal is not null && !policy.Allows(literal)) || (uri.IsLoopback && !policy.Allows(IPAddress.Loopback)))
        {
            return "The webhook URL must point at a public internet address, not at a loopback, private or reserved one.";
        }
        if (uri.UserInfo.Length > 0)
        {
            return "The webhook URL must not hold a user name or password; the signature authenticates the report.";
        }
        return uri.Fragment.Length > 0 ? "The webhook URL must not have a #fragment." : null;
    }
}
