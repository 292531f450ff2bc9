using System.ComponentModel;

namespace Matching.Api.Subscriptions;

/// <summary>A subscription to the weekly shortfall report. Its webhook secret is write-only and never shown.</summary>
public sealed record Subscription(
    Guid Id,
    [property: Description("The API key the subscription belongs to.")] Guid ApiKeyId,
    [property: Description("The regions reported on; empty: all the key's regions.")] IReadOnlyList<string> Regions,
    [property: Description("The sectors reported on; empty: all the key's sectors.")] IReadOnlyList<string> Sectors,
    string? WebhookUrl,
    string? Email,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
