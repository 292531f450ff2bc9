using System.Net;
using System.Net.Mail;
using Matching.Api.Validation;
using Matching.Jobs.Delivery;

namespace Matching.Api.Subscriptions;

/// <summary>
/// The checks on where something is delivered, shared by report and alert subscriptions: at least one channel, a usable
/// webhook URL, a single e-mail address; and, against what is stored, a secret to sign the webhook's posts with.
/// </summary>
internal static class DeliveryChannelRules
{
    public static readonly string SecretRequired =
        $"A webhook needs a secret of at least {SubscriptionRequest.MinSecretLength} characters to sign what it sends with.";

    public static void Validate(string? webhookUrl, string? webhookSecret, string? email, DeliveryOptions delivery, ValidationErrors errors)
    {
        if (webhookUrl is null && email is null)
        {
            const string NoChannel = "Give a webhook URL, an e-mail address or both: a subscription needs somewhere to deliver.";
            errors.Add("webhookUrl", NoChannel);
            errors.Add("email", NoChannel);
        }
        if (webhookUrl is { } url)
        {
            if (WebhookUrlProblem(url, delivery) is { } problem)
            {
                errors.Add("webhookUrl", problem);
            }
        }
        else
        {
            errors.AddIf(webhookSecret is not null, "webhookSecret", "A webhook secret goes with a webhook URL.");
        }
        errors.AddIf(TextRules.HasControlCharacters(webhookSecret), "webhookSecret", "The webhook secret contains control characters.");
        if (email is { } address)
        {
            // [EmailAddress] only checks for an @; this also refuses display names, lists and spaces.
            errors.AddIf(!MailAddress.TryCreate(address, out var parsed) || parsed.Address != address || address.Any(char.IsWhiteSpace),
                "email", $"'{address}' is not a single e-mail address such as stage@example.nl.");
        }
    }

    /// <summary>
    /// Whether a request leaves its webhook without a secret to sign with: the one rule that depends on what is stored,
    /// as a replacement may keep the stored subscription's secret (<paramref name="hasSecret"/>).
    /// </summary>
    public static bool LacksSecret(string? webhookUrl, string? webhookSecret, bool hasSecret) =>
        webhookUrl is not null && webhookSecret is null && !hasSecret;

    /// <summary>Why a webhook URL cannot be used, or null when it can.</summary>
    private static string? WebhookUrlProblem(string url, DeliveryOptions delivery)
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
