using System.ComponentModel;

namespace Matching.Api.ApiKeys;

/// <summary>A newly issued key: the only response that ever contains the secret.</summary>
public sealed record IssuedApiKey(
    [property: Description("The key to send as 'Authorization: Bearer <key>'. It is shown once: store it now.")] string Key,
    ApiKey ApiKey);
