namespace Matching.Api.Http;

/// <summary>
/// Endpoint metadata: the handler honours If-Match (see <see cref="ETags.IfMatchVersion"/>); when Required, a
/// request without it is refused with 428. The OpenAPI document declares the header, 412 and 428 from it.
/// </summary>
internal sealed record IfMatchHeader(bool Required)
{
    public const string Name = "If-Match";
}
