using System.Security.Claims;
using Matching.Api.Auth;
using Matching.Api.Errors;
using Matching.Api.Http;
using Matching.Api.Subscriptions;
using Matching.Api.Validation;
using Matching.Jobs.Alerts;
using Matching.Jobs.Delivery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Matching.Api.Alerts;

internal static class AlertSubscriptionsEndpoints
{
    public static RouteGroupBuilder MapAlertSubscriptions(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/alert-subscriptions").WithTags("Alerts").RequireAuthorization(Policies.School);
        group.MapPost("/", CreateAlertSubscription).WithName(nameof(CreateAlertSubscription))
            .WithSummary("Subscribe the school to alerts for new offers")
            .WithDescription("When an offer opens or gets a free place again and it is among the ten best matches of one of the school's seeking "
                + "students (all of them, or those of the filter), the school is notified: by webhook (signed, see docs/webhooks.md) and/or e-mail, "
                + "at most once per Alerts:BatchMinutes with everything found meanwhile, never twice for one student and offer. "
                + "One subscription per school: a second one is a 409.");
        group.MapGet("/", ListAlertSubscriptions).WithName(nameof(ListAlertSubscriptions))
            .WithSummary("List alert subscriptions").WithDescription("A school key sees its own; an admin key every school's, or one school's with schoolBrin.");
        group.MapGet("/{id:guid}", GetAlertSubscription).WithName(nameof(GetAlertSubscription))
            .WithSummary("Read an alert subscription").WithDescription("The webhook secret is write-only and never returned.");
        group.MapPut("/{id:guid}", UpdateAlertSubscription).WithName(nameof(UpdateAlertSubscription))
            .WithSummary("Replace an alert subscription")
            .WithDescription("Send the ETag you read in If-Match; a stale version gets 412 and changes nothing. Leave webhookSecret out to keep the current one. "
                + "Waiting alerts of students outside a narrowed filter are not sent.")
            .WithMetadata(new IfMatchHeader(Required: true));
        group.MapDelete("/{id:guid}", DeleteAlertSubscription).WithName(nameof(DeleteAlertSubscription))
            .WithSummary("Delete an alert subscription")
            .WithDescription("Its alerts and delivery log go with it, and waiting alerts are not sent. If-Match is optional.")
            .WithMetadata(new IfMatchHeader(Required: false));
        group.MapGet("/{id:guid}/alerts", ListOfferAlerts).WithName(nameof(ListOfferAlerts))
            .WithSummary("The alerts of a subscription")
            .WithDescription("Each student and offer alerted for, newest first: waiting for the next notification (batchId null) or sent in one. "
                + "The offer is shown as it is now.");
        group.MapGet("/{id:guid}/deliveries", ListAlertDeliveries).WithName(nameof(ListAlertDeliveries))
            .WithSummary("An alert subscription's delivery log")
            .WithDescription("Per notification and channel: status, attempts, the last error and when the next attempt is due; latest first.");
        return group;
    }

    private static async Task<Results<Created<AlertSubscription>, ValidationProblem, ProblemHttpResult>> CreateAlertSubscription(
        AlertSubscriptionRequest request, ClaimsPrincipal user, AlertSubscriptionRepository subscriptions, HttpResponse response, CancellationToken cancellationToken)
    {
        var caller = Caller.From(user);
        if (!caller.IsAdmin && request.SchoolBrin is { } named && named != caller.Brin)
        {
            return Problems.Forbidden("A school key subscribes only its own school.");
        }
        var errors = new ValidationErrors();
        errors.AddIf(DeliveryChannelRules.LacksSecret(request.WebhookUrl, request.WebhookSecret, hasSecret: false), "webhookSecret", DeliveryChannelRules.SecretRequired);
        var brin = caller.IsAdmin ? request.SchoolBrin : caller.Brin;
        errors.AddIf(brin is null, "schoolBrin", "An admin key must name the school.");
        if (errors.IsValid && !await subscriptions.SchoolExistsAsync(brin!, cancellationToken))
        {
            errors.Add("schoolBrin", $"No school with BRIN code {brin} is known: a school exists once a key was issued for it.");
        }
        if (!errors.IsValid)
        {
            return Problems.Validation(errors.ToDictionary());
        }
        if (await subscriptions.InsertAsync(brin!, request, cancellationToken) is not { } subscription)
        {
            return Problems.Conflict($"School {brin} has an alert subscription already: replace it (PUT) or delete it first.");
        }
        ETags.Set(response, subscription.Version);
        return TypedResults.Created($"/v1/alert-subscriptions/{subscription.Id}", subscription);
    }

    private static async Task<Results<Ok<Page<AlertSubscription>>, ProblemHttpResult>> ListAlertSubscriptions(
        [AsParameters] AlertSubscriptionListQuery query, ClaimsPrincipal user, AlertSubscriptionRepository subscriptions, CancellationToken cancellationToken)
    {
        var caller = Caller.From(user);
        if (!caller.IsAdmin && query.SchoolBrin is { } named && named != caller.Brin)
        {
            return Problems.Forbidden("A school key sees only its own school's alert subscription.");
        }
        return TypedResults.Ok(await subscriptions.ListAsync(caller.IsAdmin ? query.SchoolBrin : caller.Brin, query, cancellationToken));
    }

    private static async Task<Results<Ok<AlertSubscription>, ProblemHttpResult>> GetAlertSubscription(
        Guid id, ClaimsPrincipal user, AlertSubscriptionRepository subscriptions, HttpResponse response, CancellationToken cancellationToken)
    {
        var (subscription, problem) = await FindForCallerAsync(id, user, subscriptions, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        ETags.Set(response, subscription!.Version);
        return TypedResults.Ok(subscription);
    }

    private static async Task<Results<Ok<AlertSubscription>, ValidationProblem, ProblemHttpResult>> UpdateAlertSubscription(
        Guid id, AlertSubscriptionRequest request, ClaimsPrincipal user, AlertSubscriptionRepository subscriptions,
        HttpRequest httpRequest, HttpResponse response, CancellationToken cancellationToken)
    {
        var (existing, problem) = await FindForCallerAsync(id, user, subscriptions, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        if (ETags.IfMatchVersion(httpRequest, existing!.Version) is not { } version)
        {
            return Problems.PreconditionRequired();
        }
        // A stored webhook URL always has its secret (a table constraint), which the replacement may keep.
        var errors = new ValidationErrors();
        errors.AddIf(DeliveryChannelRules.LacksSecret(request.WebhookUrl, request.WebhookSecret, hasSecret: existing.WebhookUrl is not null),
            "webhookSecret", DeliveryChannelRules.SecretRequired);
        errors.AddIf(request.SchoolBrin is { } named && named != existing.SchoolBrin, "schoolBrin", "A subscription cannot move to another school.");
        if (!errors.IsValid)
        {
            return Problems.Validation(errors.ToDictionary());
        }
        if (await subscriptions.UpdateAsync(id, version, request, cancellationToken) is not { } updated)
        {
            return Problems.PreconditionFailed();
        }
        ETags.Set(response, updated.Version);
        return TypedResults.Ok(updated);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAlertSubscription(
        Guid id, ClaimsPrincipal user, AlertSubscriptionRepository subscriptions, HttpRequest httpRequest, CancellationToken cancellationToken)
    {
        var (existing, problem) = await FindForCallerAsync(id, user, subscriptions, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        return await subscriptions.DeleteAsync(id, ETags.IfMatchVersion(httpRequest, existing!.Version), cancellationToken)
            ? TypedResults.NoContent() : Problems.PreconditionFailed();
    }

    private static async Task<Results<Ok<Page<OfferAlert>>, ProblemHttpResult>> ListOfferAlerts(
        Guid id, [AsParameters] OfferAlertListQuery query, ClaimsPrincipal user, AlertSubscriptionRepository subscriptions, CancellationToken cancellationToken)
    {
        var (_, problem) = await FindForCallerAsync(id, user, subscriptions, cancellationToken);
        return problem ?? (Results<Ok<Page<OfferAlert>>, ProblemHttpResult>)TypedResults.Ok(await subscriptions.AlertsAsync(id, query, cancellationToken));
    }

    private static async Task<Results<Ok<Page<AlertDelivery>>, ProblemHttpResult>> ListAlertDeliveries(
        Guid id, [AsParameters] AlertDeliveryListQuery query, ClaimsPrincipal user, AlertSubscriptionRepository subscriptions, CancellationToken cancellationToken)
    {
        var (_, problem) = await FindForCallerAsync(id, user, subscriptions, cancellationToken);
        return problem ?? (Results<Ok<Page<AlertDelivery>>, ProblemHttpResult>)TypedResults.Ok(await subscriptions.DeliveriesAsync(id, query, cancellationToken));
    }

    /// <summary>The subscription, if it exists and the caller may act for its school; otherwise the 404 or 403 to answer.</summary>
    private static async Task<(AlertSubscription? Subscription, ProblemHttpResult? Problem)> FindForCallerAsync(
        Guid id, ClaimsPrincipal user, AlertSubscriptionRepository subscriptions, CancellationToken cancellationToken)
    {
        var subscription = await subscriptions.FindAsync(id, cancellationToken);
        if (subscription is null)
        {
            return (null, Problems.NotFound($"Alert subscription {id}"));
        }
        return Caller.From(user).MayActForSchool(subscription.SchoolBrin)
            ? (subscription, null)
            : (null, Problems.Forbidden("This alert subscription belongs to another school."));
    }
}
