namespace Matching.Api.Idempotency;

internal static class IdempotencySetup
{
    /// <summary>Requests with an Idempotency-Key: their stored responses and the cleanup (the middleware runs in UseMatchingHttp).</summary>
    public static void AddMatchingIdempotency(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<IdempotencyOptions>().BindConfiguration(IdempotencyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IdempotencyStore>();
        builder.Services.AddHostedService<IdempotencyCleanupService>();
    }
}
