using System.Security.Claims;
using Matching.Api.ApiKeys;
using Matching.Api.Auth;
using Matching.Api.Errors;
using Matching.Api.Http;
using Matching.Api.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matching.Api.Subscriptions;

internal static class SubscriptionsEndpoints
{
    public static RouteGroupBuilder MapSubscriptions(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/subscriptions").WithTags("Subscriptions").RequireAuthorization(Policies.Coordinator);
        group.MapPost("/", CreateSubscription).WithName(nameof(CreateSubscription))
            .WithSummary("Subscribe to the weekly shortfall report")
            .WithDescription("After each shortfall run, the report for the subscription's regions and sectors is POSTed to the webhook "
                + "(signed, see docs/webhooks.md) and mailed to the address: once per week and channel, retried with back-off. "
                + "A coordinator key subscribes itself, within the regions and sectors it follows.");
        group.MapGet("/", ListSubscriptions).WithName(nameof(ListSubscriptions))
            .WithSummary("List subscriptions").WithDescription("A coordinator key sees its own; an admin key every key's, or one key's with apiKeyId.");
        group.MapGet("/{id:guid}", GetSubscription).WithName(nameof(GetSubscription))
            .WithSummary("Read a subscription").WithDescription("The webhook secret is write-only and never returned.");
        group.MapPut("/{id:guid}", UpdateSubscription).WithName(nameof(UpdateSubscription))
            .WithSummary("Replace a subscription")
            .WithDescription("Send the ETag you read in If-Match; a stale version gets 412 and changes nothing. Leave webhookSecret out to keep the current one.")
            .WithMetadata(new IfMatchHeader(Required: true));
        group.MapDelete("/{id:guid}", DeleteSubscription).WithName(nameof(DeleteSubscription))
            .WithSummary("Delete a subscription").WithDescription("Its delivery log goes with it, and its pending deliveries are not sent. If-Match is optional.")
            .WithMetadata(new IfMatchHeader(Required: false));
        group.MapGet("/{id:guid}/deliveries", ListSubscriptionDeliveries).WithName(nameof(ListSubscriptionDeliveries))
            .WithSummary("A subscription's delivery log")
            .WithDescription("Per week and channel: status, attempts, the last error and when the next attempt is due; latest week first.");
        return group;
    }

    private static async Task<Results<Created<Subscription>, ValidationProblem, ProblemHttpResult>> CreateSubscription(
        SubscriptionRequest request, ClaimsPrincipal user, SubscriptionRepository subscriptions, ApiKeyRepository keys, HttpResponse response,
        CancellationToken cancellationToken)
    {
        var caller = Caller.From(user);
        if (!caller.IsAdmin && request.ApiKeyId is { } named && named != OwnKey(caller))
        {
            return Problems.Forbidden("A coordinator key manages only its own subscriptions.");
        }
        var errors = new ValidationErrors();
        errors.AddIf(DeliveryChannelRules.LacksSecret(request.WebhookUrl, request.WebhookSecret, hasSecret: false), "webhookSecret", DeliveryChannelRules.SecretRequired);
        if (!errors.IsValid)
        {
            return Problems.Validation(errors.ToDictionary());
        }
        var owner = await ResolveOwnerAsync(caller, request.ApiKeyId ?? OwnKey(caller), keys, errors, cancellationToken);
        if (owner is null)
        {
            return Problems.Validation(errors.ToDictionary());
        }
        var scopeErrors = ScopeErrors(owner, request);
        if (!scopeErrors.IsValid)
        {
            return caller.IsAdmin ? Problems.Validation(scopeErrors.ToDictionary()) : ScopeForbidden(scopeErrors);
        }
        var subscription = await subscriptions.InsertAsync(owner.Id, request, cancellationToken);
        ETags.Set(response, subscription.Version);
        return TypedResults.Created($"/v1/subscriptions/{subscription.Id}", subscription);
    }

    private static async Task<Results<Ok<Page<Subscription>>, ProblemHttpResult>> ListSubscriptions(
        [AsParameters] SubscriptionListQuery query, ClaimsPrincipal user, SubscriptionRepository subscriptions, CancellationToken cancellationToken)
    {
        var caller = Caller.From(user);
        if (!caller.IsAdmin && query.ApiKeyId is { } named && named != OwnKey(caller))
        {
            return Problems.Forbidden("A coordinator key sees only its own subscriptions.");
        }
        return TypedResults.Ok(await subscriptions.ListAsync(caller.IsAdmin ? query.ApiKeyId : OwnKey(caller), query, cancellationToken));
    }

    private static async Task<Results<Ok<Subscription>, ProblemHttpResult>> GetSubscription(
        Guid id, ClaimsPrincipal user, SubscriptionRepository subscriptions, HttpResponse response, CancellationToken cancellationToken)
    {
        var subscription = await subscriptions.FindAsync(id, cancellationToken);
        if (subscription is null)
        {
            return Problems.NotFound($"Subscription {id}");
        }
        if (!MayManage(Caller.From(user), subscription))
        {
            return Problems.Forbidden("This subscription belongs to another key.");
        }
        ETags.Set(response, subscription.Version);
        return TypedResults.Ok(subscription);
    }

    private static async Task<Results<Ok<Subscription>, ValidationProblem, ProblemHttpResult>> UpdateSubscription(
        Guid id, SubscriptionRequest request, ClaimsPrincipal user, SubscriptionRepository subscriptions, ApiKeyRepository keys,
        HttpRequest httpRequest, HttpResponse response, CancellationToken cancellationToken)
    {
        var caller = Caller.From(user);
        var existing = await subscriptions.FindAsync(id, cancellationToken);
        if (existing is null)
        {
            return Problems.NotFound($"Subscription {id}");
        }
        if (!MayManage(caller, existing))
        {
            return Problems.Forbidden("This subscription belongs to another key.");
        }
        if (ETags.IfMatchVersion(httpRequest, existing.Version) is not { } version)
        {
            return Problems.PreconditionRequired();
        }
        // A stored webhook URL always has its secret (a table constraint), which the replacement may keep.
        var errors = new ValidationErrors();
        errors.AddIf(DeliveryChannelRules.LacksSecret(request.WebhookUrl, request.WebhookSecret, hasSecret: existing.WebhookUrl is not null), "webhookSecret", DeliveryChannelRules.SecretRequired);
        errors.AddIf(request.ApiKeyId is { } named && named != existing.ApiKeyId, "apiKeyId", "A subscription cannot move to another key.");
        if (!errors.IsValid)
        {
            return Problems.Validation(errors.ToDictionary());
        }
        var owner = await ResolveOwnerAsync(caller, existing.ApiKeyId, keys, errors, cancellationToken);
        if (owner is null)
        {
            return Problems.Validation(errors.ToDictionary());
        }
        var scopeErrors = ScopeErrors(owner, request);
        if (!scopeErrors.IsValid)
        {
            return caller.IsAdmin ? Problems.Validation(scopeErrors.ToDictionary()) : ScopeForbidden(scopeErrors);
        }
        if (await subscriptions.UpdateAsync(id, version, request, cancellationToken) is not { } updated)
        {
            return Problems.PreconditionFailed();
        }
        ETags.Set(response, updated.Version);
        return TypedResults.Ok(updated);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteSubscription(
        Guid id, ClaimsPrincipal user, SubscriptionRepository subscriptions, HttpRequest httpRequest, CancellationToken cancellationToken)
    {
        var existing = await subscriptions.FindAsync(id, cancellationToken);
        if (existing is null)
        {
            return Problems.NotFound($"Subscription {id}");
        }
        if (!MayManage(Caller.From(user), existing))
        {
            return Problems.Forbidden("This subscription belongs to another key.");
        }
        return await subscriptions.DeleteAsync(id, ETags.IfMatchVersion(httpRequest, existing.Version), cancellationToken) ? TypedResults.NoContent() : Problems.PreconditionFailed();
    }

    private static async Task<Results<Ok<Page<ReportDelivery>>, ProblemHttpResult>> ListSubscriptionDeliveries(
        Guid id, [AsParameters] DeliveryListQuery query, ClaimsPrincipal user, SubscriptionRepository subscriptions, CancellationToken cancellationToken)
    {
        var subscription = await subscriptions.FindAsync(id, cancellationToken);
        if (subscription is null)
        {
            return Problems.NotFound($"Subscription {id}");
        }
        if (!MayManage(Caller.From(user), subscription))
        {
            return Problems.Forbidden("This subscription belongs to another key.");
        }
        return TypedResults.Ok(await subscriptions.DeliveriesAsync(id, query, cancellationToken));
    }

    /// <summary>The caller's own key id; null for the bootstrap admin key, which has no row to own anything.</summary>
    private static Guid? OwnKey(Caller caller) => Guid.TryParse(caller.KeyId, out var id) ? id : null;

    private static bool MayManage(Caller caller, Subscription subscription) => caller.IsAdmin || OwnKey(caller) == subscription.ApiKeyId;

    /// <summary>
    /// The key a subscription belongs to and the scope it must stay within; null (with the reason in
    /// <paramref name="errors"/>) when an admin names no key, or one that is not an active coordinator or admin key.
    /// </summary>
    private static async Task<SubscriptionOwner?> ResolveOwnerAsync(
        Caller caller, Guid? keyId, ApiKeyRepository keys, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (!caller.IsAdmin)
        {
            // The handlers checked that a coordinator acts on its own key.
            return new SubscriptionOwner(OwnKey(caller)!.Value, caller.Regions, caller.Sectors);
        }
        if (keyId is null)
        {
            errors.Add("apiKeyId", "Name the coordinator key the subscription is for.");
            return null;
        }
        var key = await keys.FindAsync(keyId.Value, cancellationToken);
        if (key is not { Role: Roles.Coordinator or Roles.Admin, RevokedAt: null })
        {
            errors.Add("apiKeyId", $"API key {keyId} is not an active coordinator or admin key.");
            return null;
        }
        return key.Role == Roles.Admin ? new SubscriptionOwner(key.Id, [], []) : new SubscriptionOwner(key.Id, key.Regions, key.Sectors);
    }

    /// <summary>
    /// The regions and sectors of the request that the owning key does not follow. A subscription reports only on
    /// what its key may read: outside that a coordinator gets 403; an admin, who may subscribe any key, gets 400.
    /// </summary>
    private static ValidationErrors ScopeErrors(SubscriptionOwner owner, SubscriptionRequest request)
    {
        var errors = new ValidationErrors();
        foreach (var code in Outside(request.Regions, owner.Regions))
        {
            errors.Add("regions", $"The key does not follow region '{code}'.");
        }
        foreach (var code in Outside(request.Sectors, owner.Sectors))
        {
            errors.Add("sectors", $"The key does not follow sector '{code}'.");
        }
        return errors;
    }

    private static ProblemHttpResult ScopeForbidden(ValidationErrors errors) =>
        Problems.Forbidden(string.Join(" ", errors.ToDictionary().Values.SelectMany(messages => messages)));

    private static List<string> Outside(IReadOnlyList<string>? requested, IReadOnlyList<string> followed) =>
        followed.Count == 0 ? [] : [.. (requested ?? []).Where(code => !followed.Contains(code)).Distinct(StringComparer.Ordinal)];
}
