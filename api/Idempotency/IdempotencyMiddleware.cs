using Matching.Api.Auth;
using Matching.Api.Errors;
using Microsoft.Net.Http.Headers;

namespace Matching.Api.Idempotency;

/// <summary>
/// Honours Idempotency-Key on creating POSTs, per API key: the first request with a key executes and
/// its 2xx response is stored; a retry with the same key and request gets that response again
/// (with Idempotent-Replayed: true) and creates nothing; the same key with another request is 422;
/// while the first is still executing, a second with the key is 409 at once, never queued. A
/// request that does not succeed releases its key, since it created nothing and may be retried.
/// </summary>
internal sealed class IdempotencyMiddleware(RequestDelegate next)
{
    // Headers a client acts on; the security headers are set afresh on every response anyway.
    private static readonly string[] ReplayedHeaders = [HeaderNames.Location, HeaderNames.ETag, HeaderNames.ContentType];

    public async Task InvokeAsync(HttpContext context, IdempotencyStore store)
    {
        var request = context.Request;
        var endpoint = context.GetEndpoint();
        var values = request.Headers[IdempotentOperations.HeaderName];
        if (values.Count == 0 || endpoint is null || context.User.Identity?.IsAuthenticated != true
            || !IdempotentOperations.Applies(request.Method, endpoint.Metadata))
        {
            await next(context);
            return;
        }
        var key = values.ToString();
        if (values.Count > 1 || !IdempotentOperations.IsWellFormed(key))
        {
            throw new BadHttpRequestException(
                $"The {IdempotentOperations.HeaderName} header must be one value of 1 to {IdempotentOperations.MaxKeyLength} visible ASCII characters, such as a UUID.");
        }
        var scope = Caller.From(context.User).KeyId;
        var secrets = new IdempotencySecrets(ApiKeyAuthenticationHandler.ReadKey(request)!, scope, key);
        var fingerprint = secrets.Fingerprint(request.Method, request.Path + request.QueryString, request.ContentType, await ReadBodyAsync(request));
        var claim = await store.ClaimAsync(scope, key, fingerprint, context.RequestAborted);
        switch (claim.Outcome)
        {
            case IdempotencyClaimOutcome.InProgress:
                await context.WriteProblemAsync(StatusCodes.Status409Conflict, "Conflict",
                    $"A request with this {IdempotentOperations.HeaderName} is still being processed; retry it in a moment to get its response.");
                return;
            case IdempotencyClaimOutcome.Mismatch:
                await context.WriteProblemAsync(StatusCodes.Status422UnprocessableEntity, "Idempotency key reused",
                    $"This {IdempotentOperations.HeaderName} was used for a different request; use a new key for a new request.");
                return;
            case IdempotencyClaimOutcome.Completed:
                await ReplayAsync(context, secrets, claim.Response!);
                return;
        }
        await ExecuteAndStoreAsync(context, store, scope, key, secrets);
    }

    private async Task ExecuteAndStoreAsync(HttpContext context, IdempotencyStore store, string scope, string key, IdempotencySecrets secrets)
    {
        var response = context.Response;
        var original = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        var stored = false;
        try
        {
            await next(context);
            if (response.StatusCode is >= 200 and < 300)
            {
                var headers = ReplayedHeaders.Where(h => response.Headers.ContainsKey(h)).ToDictionary(h => h, h => response.Headers[h].ToString());
                await store.CompleteAsync(scope, key, new StoredResponse(response.StatusCode, headers, secrets.Seal(buffer.ToArray())), CancellationToken.None);
                stored = true;
            }
        }
        finally
        {
            response.Body = original;
            if (!stored)
            {
                await store.ReleaseAsync(scope, key, CancellationToken.None);
            }
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    private static async Task ReplayAsync(HttpContext context, IdempotencySecrets secrets, StoredResponse stored)
    {
        var response = context.Response;
        response.StatusCode = stored.StatusCode;
        foreach (var (name, value) in stored.Headers)
        {
            response.Headers[name] = value;
        }
        response.Headers[IdempotentOperations.ReplayedHeaderName] = "true";
        var body = secrets.Open(stored.Body);
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, context.RequestAborted);
    }

    // Buffered so that model binding reads the same bytes after the fingerprint has been taken.
    private static async Task<byte[]> ReadBodyAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var copy = new MemoryStream();
        await request.Body.CopyToAsync(copy, request.HttpContext.RequestAborted);
        request.Body.Position = 0;
        return copy.ToArray();
    }

}
