namespace Matching.Api.OpenApi;

/// <summary>
/// The values in the document's request examples that must exist, or must not exist, in the demo data for Swagger UI's
/// "Try it out" to succeed on the first click: the demo seeds a student and an offer with these ids (one eligible for
/// the other), and never generates this KvK or external reference.
/// </summary>
public static class ExampleValues
{
    public static readonly Guid StudentId = new("0193a1b2-0000-7000-8000-000000000001");

    public static readonly Guid OfferId = new("0193a1b2-0000-7000-8000-000000000002");

    public const string NewStudentExternalRef = "PORTAL-2026-0001";

    public const string NewCompanyKvk = "24123456";
}
