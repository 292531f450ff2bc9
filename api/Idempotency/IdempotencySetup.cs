namespace Matching.Api.Idempotency;

internal static class IdempotencySetup
{
    public static void AddMatchingIdempotency(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IdempotencyStore>();
        builder.Services.AddHostedService<IdempotencyCleanupService>();
    }
}
