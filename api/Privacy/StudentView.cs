using System.ComponentModel;

namespace Matching.Api.Privacy;

/// <summary>One time a company key was shown a student.</summary>
public sealed record StudentView(
    long Id,
    Guid StudentId,
    [property: Description("The offer the student was shown for.")] Guid? OfferId,
    [property: Description("The id of the API key that saw the student, as GET /v1/api-keys lists it.")] string ApiKeyId,
    [property: Description("The KvK number of that key's company; null for an admin key.")] string? CompanyKvk,
    [property: Description("Where: candidates (a candidate list) or placement (a placement read or listed).")] string Context,
    DateTimeOffset ViewedAt);
