using System.Globalization;
using System.Net;
using Matching.Api.Tests.Infrastructure;
using Matching.Tests;
using Matching.Tests.Service;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Matching.Api.Tests;

/// <summary>
/// Hangfire's dashboard at /jobs/dashboard in a real headless Chromium against the service on a real Kestrel port: the
/// sign-in form, the session cookie, who may do what, antiforgery and the Content-Security-Policy Hangfire's pages run
/// under. This node runs no Hangfire server (Jobs:Enabled=false), as a node that only serves the dashboard would.
/// </summary>
public sealed class JobsDashboardTests(PostgresServer postgres, HeadlessChromium chromium) : ApiTestBase(postgres), IClassFixture<HeadlessChromium>
{
    private const string SessionCookie = "matching-jobs-session";

    private string _baseUrl = null!;

    protected override bool ServesOverKestrel => true;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _baseUrl = AddressOf(App);
    }

    [Fact]
    public async Task Without_a_session_the_dashboard_sends_the_browser_to_sign_in_and_shows_no_jobs()
    {
        var (page, problems) = await NewPageAsync();
        using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(_baseUrl) };
        noRedirects.DefaultRequestHeaders.Authorization = new("Bearer", MatchingApiFactory.AdminKey);

        await page.GotoAsync($"{_baseUrl}/jobs/dashboard/recurring");
        var withApiKey = await noRedirects.GetAsync("/jobs/dashboard/recurring");

        Assert.StartsWith($"{_baseUrl}/jobs/sign-in", page.Url);
        Assert.Equal(1, await page.Locator("input[name=key][type=password]").CountAsync());
        Assert.DoesNotContain("shortfall", await page.ContentAsync());
        // The API's bearer key opens nothing here: only a session does.
        Assert.Equal(HttpStatusCode.Redirect, withApiKey.StatusCode);
        Assert.StartsWith("/jobs/sign-in", withApiKey.Headers.Location!.PathAndQuery);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_school_key_cannot_sign_in_and_the_form_does_not_echo_it()
    {
        var school = KeyOf(await SchoolAsync());
        var (page, problems) = await NewPageAsync();

        var response = await SignInAsync(page, school);

        Assert.Equal((int)HttpStatusCode.Unauthorized, response.Status);
        Assert.Contains("This key cannot open the jobs dashboard.", await page.InnerTextAsync("main"));
        Assert.DoesNotContain(school, await page.ContentAsync());
        Assert.DoesNotContain(await page.Context.CookiesAsync(), cookie => cookie.Name == SessionCookie);
        await page.GotoAsync($"{_baseUrl}/jobs/dashboard");
        Assert.StartsWith($"{_baseUrl}/jobs/sign-in", page.Url);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task An_admin_signs_in_sees_the_recurring_jobs_and_triggers_one()
    {
        var admin = KeyOf(await ClientForAsync("admin"));
        var (page, problems) = await NewPageAsync();

        var signedIn = await SignInAsync(page, admin);
        await page.GotoAsync($"{_baseUrl}/jobs/dashboard/recurring");

        Assert.Equal((int)HttpStatusCode.Redirect, signedIn.Status);
        Assert.Equal(["delivery", "expiry", "offer-alerts", "retention", "shortfall"], await RecurringJobIdsAsync(page));
        Assert.Empty(problems); // Hangfire's scripts and styles all ran under the policy
        await SaveScreenshotAsync(page);
        var trigger = page.Locator("button.js-jobs-list-command[data-url$='/recurring/trigger']");
        Assert.Equal(1, await trigger.CountAsync());

        await page.Locator("input.js-jobs-list-checkbox[value=shortfall]").CheckAsync();
        // Hangfire's script reloads the page once the command succeeded: the next load event is that of the new page.
        var reloaded = new TaskCompletionSource();
        page.Load += (_, _) => reloaded.TrySetResult();
        var posted = await page.RunAndWaitForResponseAsync(() => trigger.ClickAsync(), r => r.Url.EndsWith("/recurring/trigger", StringComparison.Ordinal));
        await reloaded.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal((int)HttpStatusCode.NoContent, posted.Status);
        Assert.Equal(1, await HangfireTables.ScalarAsync(App.ConnectionString, $"SELECT count(*) FROM ({HangfireTables.RunsOfShortfall}) runs"));
        await page.GotoAsync($"{_baseUrl}/jobs/dashboard/jobs/enqueued/default");
        Assert.Contains("Shortfall snapshot and report deliveries", await page.InnerTextAsync("table"));
        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_coordinator_sees_the_recurring_jobs_read_only_and_a_trigger_post_is_refused()
    {
        var coordinator = KeyOf(await CoordinatorAsync());
        var (page, problems) = await NewPageAsync();

        await SignInAsync(page, coordinator);
        await page.GotoAsync($"{_baseUrl}/jobs/dashboard/recurring");
        var status = await PostFromPageAsync(page, "/jobs/dashboard/recurring/trigger", "jobs%5B%5D=shortfall");

        Assert.Equal(["delivery", "expiry", "offer-alerts", "retention", "shortfall"], await RecurringJobIdsAsync(page));
        Assert.Equal(0, await page.Locator(".js-jobs-list-command").CountAsync());
        Assert.Equal((int)HttpStatusCode.Unauthorized, status);
        Assert.Equal(0, await HangfireTables.ScalarAsync(App.ConnectionString, $"SELECT count(*) FROM ({HangfireTables.RunsOfShortfall}) runs"));
        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_at_sign_in_and_on_the_dashboard()
    {
        var (page, _) = await NewPageAsync();
        await page.GotoAsync($"{_baseUrl}/jobs/sign-in");

        // The sign-in form as a cross-site page would post it: the key, but not the token from our form.
        var signIn = await page.Context.APIRequest.PostAsync($"{_baseUrl}/jobs/sign-in", new APIRequestContextOptions
        {
            Form = page.Context.APIRequest.CreateFormData().Set("key", MatchingApiFactory.AdminKey),
            MaxRedirects = 0,
        });
        var cookiesAfter = await page.Context.CookiesAsync();
        await SignInAsync(page, MatchingApiFactory.AdminKey);
        await page.GotoAsync($"{_baseUrl}/jobs/dashboard/recurring");
        var trigger = await page.Context.APIRequest.PostAsync($"{_baseUrl}/jobs/dashboard/recurring/trigger", new APIRequestContextOptions
        {
            Form = page.Context.APIRequest.CreateFormData().Set("jobs[]", "shortfall"),
            MaxRedirects = 0,
        });

        Assert.Equal((int)HttpStatusCode.BadRequest, signIn.Status);
        Assert.DoesNotContain(cookiesAfter, cookie => cookie.Name == SessionCookie);
        Assert.Equal((int)HttpStatusCode.Forbidden, trigger.Status);
        Assert.Equal(0, await HangfireTables.ScalarAsync(App.ConnectionString, $"SELECT count(*) FROM ({HangfireTables.RunsOfShortfall}) runs"));
    }

    [Fact]
    public async Task The_session_cookie_is_http_only_same_site_strict_short_lived_and_holds_no_key()
    {
        var (page, _) = await NewPageAsync();

        var signIn = await SignInAsync(page, MatchingApiFactory.AdminKey);

        var session = Assert.Single(await page.Context.CookiesAsync(), cookie => cookie.Name == SessionCookie);
        Assert.True(session.HttpOnly);
        Assert.Equal(SameSiteAttribute.Strict, session.SameSite);
        Assert.Equal("/jobs", session.Path);
        Assert.False(session.Secure); // plain http here; over https it is Secure
        // The session lasts 30 minutes from the sign-in: the expiry the service sets, against the Date of the same response
        // (Kestrel stamps that once a second, hence the seconds either side). The browser's own figure is no measure: it
        // moves a cookie's expiry by its clock's offset from the Date header, and on loaded machines it came out a minute
        // either side of sign-in + 30 minutes.
        var setCookie = (await signIn.HeaderValueAsync("set-cookie"))!.Split('\n').Single(line => line.StartsWith(SessionCookie + "=", StringComparison.Ordinal));
        var expires = DateTimeOffset.Parse(setCookie.Split(';').Select(part => part.Trim()).Single(part => part.StartsWith("expires=", StringComparison.OrdinalIgnoreCase))["expires=".Length..], CultureInfo.InvariantCulture);
        var sent = DateTimeOffset.Parse((await signIn.HeaderValueAsync("date"))!, CultureInfo.InvariantCulture);
        Assert.InRange(expires - sent, TimeSpan.FromMinutes(30) - TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(30) + TimeSpan.FromSeconds(5));
        Assert.DoesNotContain(MatchingApiFactory.AdminKey, session.Value);
        Assert.Equal("", await page.EvaluateAsync<string>("document.cookie"));
    }

    [Fact]
    public async Task Signing_out_from_the_page_behind_back_to_site_ends_the_session()
    {
        var (page, problems) = await NewPageAsync();
        await SignInAsync(page, MatchingApiFactory.AdminKey);

        await page.ClickAsync("a:has-text('Back to site')");
        await page.ClickAsync("button:has-text('Sign out')");
        await page.WaitForURLAsync($"{_baseUrl}/jobs/sign-in");
        await page.GotoAsync($"{_baseUrl}/jobs/dashboard");

        Assert.StartsWith($"{_baseUrl}/jobs/sign-in", page.Url);
        Assert.DoesNotContain(await page.Context.CookiesAsync(), cookie => cookie.Name == SessionCookie);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Revoking_the_key_ends_its_dashboard_session()
    {
        var coordinator = KeyOf(await CoordinatorAsync());
        var (page, _) = await NewPageAsync();
        await SignInAsync(page, coordinator);
        await page.GotoAsync($"{_baseUrl}/jobs/dashboard/recurring");
        Assert.Equal($"{_baseUrl}/jobs/dashboard/recurring", page.Url);

        Assert.Equal(HttpStatusCode.OK, (await Admin.DeleteAsync($"/v1/api-keys/{await KeyRowIdAsync(coordinator)}")).StatusCode);
        await page.GotoAsync($"{_baseUrl}/jobs/dashboard/recurring");

        Assert.StartsWith($"{_baseUrl}/jobs/sign-in", page.Url);
        Assert.DoesNotContain(await page.Context.CookiesAsync(), cookie => cookie.Name == SessionCookie);
    }

    [Fact]
    public async Task A_session_opened_on_one_node_works_on_another()
    {
        await using var otherNode = new MatchingApiFactory(App.ConnectionString);
        otherNode.UseKestrel(0);
        otherNode.StartServer();
        var otherUrl = AddressOf(otherNode);
        var (page, problems) = await NewPageAsync();
        await SignInAsync(page, MatchingApiFactory.AdminKey);

        // Cookies belong to the host, not the port: the browser takes its session to the other node, as behind a load balancer.
        await page.GotoAsync($"{otherUrl}/jobs/dashboard/recurring");
        var status = await PostFromPageAsync(page, "/jobs/dashboard/recurring/trigger", "jobs%5B%5D=expiry");

        Assert.Equal($"{otherUrl}/jobs/dashboard/recurring", page.Url);
        Assert.Equal(["delivery", "expiry", "offer-alerts", "retention", "shortfall"], await RecurringJobIdsAsync(page));
        Assert.Equal((int)HttpStatusCode.NoContent, status);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Dashboard_pages_keep_the_security_headers_with_a_policy_for_their_own_scripts()
    {
        var (page, _) = await NewPageAsync();
        await SignInAsync(page, MatchingApiFactory.AdminKey);

        var response = await page.GotoAsync($"{_baseUrl}/jobs/dashboard");

        var headers = await response!.AllHeadersAsync();
        Assert.Contains("frame-ancestors 'none'", headers["content-security-policy"]);
        Assert.Contains("script-src 'self'", headers["content-security-policy"]);
        Assert.DoesNotContain("'unsafe-eval'", headers["content-security-policy"]);
        Assert.Equal("nosniff", headers["x-content-type-options"]);
        Assert.Equal("no-referrer", headers["referrer-policy"]);
        Assert.Equal("DENY", headers["x-frame-options"]);
    }

    /// <summary>
    /// A page in a fresh browser context, with what went wrong in it: script errors, what the Content-Security-Policy
    /// refused (Chromium logs "Refused to ..."), and static resources that failed. Statuses of documents and POSTs are the
    /// tests' to check.
    /// </summary>
    private async Task<(IPage Page, List<string> Problems)> NewPageAsync()
    {
        var context = await chromium.Chromium.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                problems.Add($"{message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => problems.Add(error);
        page.RequestFailed += (_, request) => problems.Add($"{request.Url}: {request.Failure}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && response.Request.ResourceType is "script" or "stylesheet" or "image" or "font")
            {
                problems.Add($"{response.Url}: {response.Status}");
            }
        };
        return (page, problems);
    }

    /// <summary>Fills in and submits the sign-in form as a person would; returns the answer to the POST, once the page it leads to has loaded.</summary>
    private async Task<IResponse> SignInAsync(IPage page, string key)
    {
        await page.GotoAsync($"{_baseUrl}/jobs/sign-in");
        await page.FillAsync("input[name=key]", key);
        var response = await page.RunAndWaitForResponseAsync(
            () => page.ClickAsync("button[type=submit]"), r => r.Request.Method == "POST" && r.Url == $"{_baseUrl}/jobs/sign-in");
        if (response.Status == (int)HttpStatusCode.Redirect)
        {
            await page.WaitForURLAsync($"{_baseUrl}/jobs/dashboard");
        }
        await page.WaitForLoadStateAsync(LoadState.Load);
        return response;
    }

    /// <summary>The ids in the recurring jobs table (its first text column; an admin's rows have a checkbox before it).</summary>
    private static async Task<string[]> RecurringJobIdsAsync(IPage page) =>
        [.. (await page.Locator("tr.js-jobs-list-row > td[class='word-break']").AllInnerTextsAsync()).Select(id => id.Trim()).Order(StringComparer.Ordinal)];

    /// <summary>A POST from the page's own script, with the antiforgery header Hangfire's pages carry; returns the status.</summary>
    private static Task<int> PostFromPageAsync(IPage page, string path, string body) => page.EvaluateAsync<int>("""
        async ([path, body]) => {
          const header = document.querySelector('meta[name="csrf-header"]').content;
          const token = document.querySelector('meta[name="csrf-token"]').content;
          const response = await fetch(path, { method: 'POST', body, headers: { 'Content-Type': 'application/x-www-form-urlencoded', [header]: token } });
          return response.status;
        }
        """, new[] { path, body });

    private async Task SaveScreenshotAsync(IPage page)
    {
        if (Environment.GetEnvironmentVariable("MATCHING_SCREENSHOTS") == "1")
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryRoot(), "docs", "jobs-dashboard.png"), FullPage = true });
        }
    }

    private static string AddressOf(MatchingApiFactory node) =>
        node.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    private static string KeyOf(HttpClient client) => client.DefaultRequestHeaders.Authorization!.Parameter!;

    private async Task<Guid> KeyRowIdAsync(string key)
    {
        var keyId = key.Split('_')[1];
        var row = await HangfireTables.TextAsync(App.ConnectionString, $"SELECT id::text FROM api_keys WHERE key_id = '{keyId}'");
        return Guid.Parse(row!);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Matching.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"No Matching.sln above {AppContext.BaseDirectory}.");
    }
}
