using Microsoft.Playwright;

namespace Matching.Api.Tests.Infrastructure;

/// <summary>
/// Debian's headless Chromium driven by Playwright, one per test class (a class fixture): a launch starts Playwright's
/// driver and the browser, seconds of CPU, while each test opens a browser context of its own, with its own cookies.
/// Playwright's own browser builds cannot be downloaded here, so it launches /usr/bin/chromium (./test.sh installs it);
/// its driver ships inside the NuGet package.
/// </summary>
public sealed class HeadlessChromium : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Chromium { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath),
            $"{ChromiumPath} is missing: the browser tests need Chromium (Debian package 'chromium'; ./test.sh installs it).");
        _playwright = await Playwright.CreateAsync();
        // No sandbox: the tests run as root. No background traffic: nothing may leave the machine.
        Chromium = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Timeout = 60_000,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Chromium is not null)
        {
            await Chromium.CloseAsync();
        }
        _playwright?.Dispose();
    }
}
