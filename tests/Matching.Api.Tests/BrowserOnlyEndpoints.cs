namespace Matching.Api.Tests;

/// <summary>
/// The jobs dashboard and its sign-in: pages for a browser with a cookie session, answering HTML, never opened by an
/// API key. The tests that walk every API endpoint leave them to JobsDashboardTests.
/// </summary>
internal static class BrowserOnlyEndpoints
{
    public static readonly IReadOnlySet<string> Keys = new HashSet<string>(StringComparer.Ordinal)
    {
        "ANY /jobs/dashboard/{**path}", "GET /jobs/sign-in", "POST /jobs/sign-in", "POST /jobs/sign-out",
    };
}
