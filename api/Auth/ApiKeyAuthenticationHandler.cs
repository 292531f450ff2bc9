using System.Security.Claims;
using System.Text.Encodings.Web;
using Matching.Api.Errors;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Matching.Api.Auth;

/// <summary>
/// Authenticates "Authorization: Bearer &lt;key&gt;" or "X-Api-Key: &lt;key&gt;" against the hashed keys
/// in the database, or the bootstrap admin key from configuration. Challenges and denials are
/// answered as ProblemDetails.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyCache keys,
    BootstrapAdminKey bootstrap) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = ReadKey(Request);
        if (key is null)
        {
            return AuthenticateResult.NoResult();
        }
        var caller = await FindCallerAsync(key, keys, bootstrap, Context.RequestAborted);
        if (caller is null)
        {
            return AuthenticateResult.Fail("The API key is not valid or has been revoked.");
        }
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(caller.ToIdentity(SchemeName)), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        var detail = ReadKey(Request) is null
            ? $"Send an API key as 'Authorization: Bearer <key>' or '{HeaderName}: <key>'."
            : "The API key is not valid or has been revoked.";
        await Context.WriteProblemAsync(StatusCodes.Status401Unauthorized, "Unauthorized", detail);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        await Context.WriteProblemAsync(StatusCodes.Status403Forbidden, "Forbidden", "This API key's role may not use this operation.");
    }

    /// <summary>The caller a key stands for, or null when it is unknown or revoked; the jobs dashboard's sign-in checks keys with it too.</summary>
    internal static async Task<Caller?> FindCallerAsync(string key, ApiKeyCache keys, BootstrapAdminKey bootstrap, CancellationToken cancellationToken)
    {
        if (bootstrap.Matches(key))
        {
            return BootstrapAdminKey.Caller;
        }
        if (ApiKeySecret.KeyIdOf(key) is not { } keyId)
        {
            return null;
        }
        var stored = await keys.FindActiveAsync(keyId, cancellationToken);
        return stored is not null && ApiKeySecret.Matches(key, stored.SecretHash) ? stored.Caller : null;
    }

    /// <summary>The key the request presents, or null.</summary>
    internal static string? ReadKey(HttpRequest request)
    {
        var authorization = request.Headers[HeaderNames.Authorization].ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return NullIfBlank(authorization["Bearer ".Length..]);
        }
        return NullIfBlank(request.Headers[HeaderName].ToString());
    }

    private static string? NullIfBlank(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
