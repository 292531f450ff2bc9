using Microsoft.Playwright;

namespace Matching.Api.Tests.Infrastructure;

/// <summary>
/// Debian's headless Chromium driven by Playwright. Playwright's own browser builds cannot be downloaded here, so it
/// launches /usr/bin/chromium (./test.sh installs it); its driver ships inside the NuGet package.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;

    private HeadlessChromium(IPlaywright playwright, IBrowser chromium)
    {
        _playwright = playwright;
        Chromium = chromium;
    }

    public IBrowser Chromium { get; }

    public static async Task<HeadlessChromium> LaunchAsync()
    {
        Assert.True(File.Exists(ChromiumPath),
            $"{ChromiumPath} is missing: the browser tests need Chromium (Debian package 'chromium'; ./test.sh installs it).");
        var playwright = await Playwright.CreateAsync();
        try
        {
            // No sandbox: the tests run as root. No background traffic: nothing may leave the machine.
            var chromium = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Timeout = 60_000,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update"],
            });
            return new HeadlessChromium(playwright, chromium);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Chromium.CloseAsync();
        _playwright.Dispose();
    }
}
