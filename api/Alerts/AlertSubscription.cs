using System.ComponentModel;

namespace Matching.Api.Alerts;

/// <summary>A school's subscription to alerts for new offers. Its webhook secret is write-only and never shown.</summary>
public sealed record AlertSubscription(
    Guid Id,
    string SchoolBrin,
    [property: Description("Only students of these crebos; empty: any.")] IReadOnlyList<int> Crebos,
    [property: Description("Only students on this learning path (BOL or BBL); null: both.")] string? LearningPath,
    [property: Description("Only students living in these labour-market regions; empty: any.")] IReadOnlyList<string> Regions,
    string? WebhookUrl,
    string? Email,
    [property: Description("When the school's last notification was made; null before the first.")] DateTimeOffset? LastNotifiedAt,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
