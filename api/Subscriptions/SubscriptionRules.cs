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
}
