using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Matching.Api.Http;

/// <summary>
/// Rejects bodies over the limit before anything reads them. Kestrel enforces the same limit while
/// streaming through <see cref="IHttpMaxRequestBodySizeFeature"/>; the declared length is checked
/// here too so every host (the test server included) answers the same 413.
/// </summary>
internal sealed class RequestBodyLimitMiddleware(RequestDelegate next, IOptions<LimitsOptions> options)
{
    private readonly long _defaultLimit = options.Value.MaxRequestBodyBytes;

    public Task InvokeAsync(HttpContext context)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<BodySizeLimit>()?.Bytes ?? _defaultLimit;
        if (context.Request.ContentLength > limit)
        {
            throw new BadHttpRequestException($"The request body is larger than the limit of {limit} bytes.", StatusCodes.Status413PayloadTooLarge);
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }
        return next(context);
    }
}
