using Matching.Api.Reference;
using Matching.Api.Subscriptions;
using Matching.Api.Validation;
using Matching.Jobs.Delivery;

namespace Matching.Api.Alerts;

/// <summary>The checks on an alert subscription beyond its attributes: known crebos and regions, and its channels.</summary>
internal static class AlertSubscriptionRules
{
    public static ValidationErrors Validate(AlertSubscriptionRequest request, ReferenceDataSet reference, DeliveryOptions delivery)
    {
        var errors = new ValidationErrors();
        foreach (var crebo in (request.Crebos ?? []).Where(c => !reference.TryGetQualification(c, out _)).Distinct())
        {
            errors.Add("crebos", $"Unknown crebo {crebo}: no MBO qualification has that code.");
        }
        foreach (var region in (request.Regions ?? []).Where(r => reference.FindRegion(r) is null).Distinct(StringComparer.Ordinal))
        {
            errors.Add("regions", $"Unknown labour-market region '{region}'.");
        }
        DeliveryChannelRules.Validate(request.WebhookUrl, request.WebhookSecret, request.Email, delivery, errors);
        return errors;
    }
}
