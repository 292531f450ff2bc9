namespace Matching.Api.ApiKeys;

internal static class ApiKeysSetup
{
    /// <summary>API keys: their storage.</summary>
    public static void AddApiKeys(this WebApplicationBuilder builder) =>
        builder.Services.AddSingleton<ApiKeyRepository>();
}
