using Matching.Tests;

namespace Matching.Jobs.Tests.Reports;

/// <summary>Headless Chromium as a one-shot command: a screenshot or the DOM after scripts ran, for a local HTML file.</summary>
internal static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static async Task ScreenshotAsync(string htmlPath, string pngPath, int width, int height)
    {
        var (exitCode, output) = await RunAsync(htmlPath, width, height, $"--screenshot={pngPath}");
        Assert.True(exitCode == 0 && File.Exists(pngPath), $"chromium --screenshot exited with {exitCode}:\n{output}");
    }

    /// <summary>The serialized DOM once the page has loaded; chromium writes it to stdout, its logging goes to stderr.</summary>
    public static async Task<string> DumpDomAsync(string htmlPath, int width, int height)
    {
        var (exitCode, output) = await RunAsync(htmlPath, width, height, "--dump-dom");
        Assert.True(exitCode == 0, $"chromium --dump-dom exited with {exitCode}:\n{output}");
        return output;
    }

    public static void AssertInstalled() =>
        Assert.True(File.Exists(Path),
            $"{Path} is missing: the browser tests need Chromium (Debian package 'chromium'; ./test.sh installs it, or run apt-get install -y chromium).");

    private static async Task<(int ExitCode, string Output)> RunAsync(string htmlPath, int width, int height, string action)
    {
        AssertInstalled();
        // A fresh profile per run, and no background traffic: the run must not depend on the network or an earlier run.
        var profile = Directory.CreateTempSubdirectory("matching-chromium-");
        try
        {
            string[] arguments =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", $"--user-data-dir={profile.FullName}", $"--window-size={width},{height}",
                "--hide-scrollbars", action, new Uri(htmlPath).AbsoluteUri,
            ];
            return await ProcessRunner.RunAsync(Path, arguments, profile.FullName, Timeout, CancellationToken.None);
        }
        finally
        {
            DeleteQuietly(profile);
        }
    }

    /// <summary>Removes a temp directory; a helper process of the browser may still be writing into it for a moment after exit.</summary>
    public static void DeleteQuietly(DirectoryInfo directory)
    {
        try
        {
            directory.Delete(recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean up with the rest of the temp directory: not worth failing a passed test over.
        }
    }
}
