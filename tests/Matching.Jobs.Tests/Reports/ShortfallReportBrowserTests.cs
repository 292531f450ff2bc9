using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Matching.Jobs.Reports;
using Xunit.Abstractions;

namespace Matching.Jobs.Tests.Reports;

/// <summary>
/// Renders the report in a real browser: a page that passes the string tests can still lay out to nothing
/// (a zero-height SVG, a collapsed grid), and only a browser shows that.
/// </summary>
public sealed class ShortfallReportBrowserTests(ITestOutputHelper output) : IDisposable
{
    // Appended to the test's copy of the page only: it writes the viewport and page widths and each chart's box
    // into the title, which --dump-dom returns.
    private const string MeasureScript = """
        <script>
        document.title = 'page:' + window.innerWidth + ',' + document.documentElement.scrollWidth + '|charts:' +
          Array.from(document.querySelectorAll('svg.chart')).map(function (svg) {
            var box = svg.getBoundingClientRect();
            return [svg.id, box.left + window.scrollX, box.top + window.scrollY, box.width, box.height].join(',');
          }).join(';');
        </script>
        """;

    // Headless Chromium will not make a window narrower than 500 CSS pixels; that is still below the page's phone breakpoint.
    private const int PhoneWidth = 500;

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("matching-report-");

    public void Dispose() => Chromium.DeleteQuietly(_directory);

    [Fact]
    public async Task Chromium_lays_out_every_chart_with_a_size_and_paints_the_bars()
    {
        Chromium.AssertInstalled();
        var report = SampleReports.Realistic();
        var html = ShortfallReportHtml.Render(report);
        var page = Write("report.html", html);
        var measured = Write("measured.html", html.Replace("</body>", MeasureScript + "\n</body>", StringComparison.Ordinal));
        var stopwatch = Stopwatch.StartNew();

        var (_, charts) = Measure(await Chromium.DumpDomAsync(measured, 1200, 2000));
        var bars = charts.Single(chart => chart.Id == "shortfall-by-sector");
        // The window must reach below the bar chart, wherever the flagged table above it ends.
        var screenshot = System.IO.Path.Combine(_directory.FullName, "report.png");
        await Chromium.ScreenshotAsync(page, screenshot, 1200, Math.Max(2000, (int)Math.Ceiling(bars.Top + bars.Height) + 20));
        var image = PngImage.Decode(await File.ReadAllBytesAsync(screenshot));
        output.WriteLine($"two chromium runs took {stopwatch.ElapsedMilliseconds} ms");

        Assert.Equal(1 + report.Trends.Count, charts.Count);
        Assert.All(charts, chart => Assert.True(chart.Width > 0 && chart.Height > 0, $"{chart.Id} is {chart.Width} x {chart.Height}"));
        Assert.Equal(1200, image.Width);
        var colours = new HashSet<int>();
        for (var y = 0; y < image.Height; y += 2)
        {
            for (var x = 0; x < image.Width; x += 2)
            {
                colours.Add(image.Rgb(x, y));
            }
        }
        Assert.True(colours.Count > 3, $"the screenshot has only {colours.Count} colours: a blank page?");
        var barColour = int.Parse(ShortfallReportHtml.ShortfallColor[1..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        Assert.True(CountInside(image, bars, barColour) > 500, "no shortfall bars painted inside the sector chart");
    }

    [Fact]
    public async Task Empty_report_still_gives_every_chart_a_size_on_a_phone()
    {
        var html = ShortfallReportHtml.Render(SampleReports.Empty());
        var measured = Write("empty.html", html.Replace("</body>", MeasureScript + "\n</body>", StringComparison.Ordinal));

        var (page, charts) = Measure(await Chromium.DumpDomAsync(measured, PhoneWidth, 900));

        Assert.Equal(["shortfall-by-sector", "trend-none"], charts.Select(chart => chart.Id));
        Assert.All(charts, chart => Assert.True(chart.Width > 0 && chart.Height > 0, $"{chart.Id} is {chart.Width} x {chart.Height}"));
        Assert.Equal(page.ViewportWidth, page.ScrollWidth);
    }

    [Fact]
    public async Task Full_report_on_a_phone_scrolls_only_inside_its_tables()
    {
        var html = ShortfallReportHtml.Render(SampleReports.Realistic());
        var measured = Write("phone.html", html.Replace("</body>", MeasureScript + "\n</body>", StringComparison.Ordinal));

        var (page, charts) = Measure(await Chromium.DumpDomAsync(measured, PhoneWidth, 900));

        Assert.Equal(PhoneWidth, page.ViewportWidth);
        Assert.True(page.ScrollWidth <= page.ViewportWidth, $"the page is {page.ScrollWidth} wide in a {page.ViewportWidth} viewport");
        Assert.All(charts, chart => Assert.True(chart.Height > 0 && chart.Left >= 0 && chart.Left + chart.Width <= PhoneWidth,
            $"{chart.Id} at {chart.Left} is {chart.Width} x {chart.Height}"));
    }

    private string Write(string name, string html)
    {
        var path = System.IO.Path.Combine(_directory.FullName, name);
        File.WriteAllText(path, html);
        return path;
    }

    private static (PageWidths Page, List<ChartBox> Charts) Measure(string dom)
    {
        var title = Regex.Match(dom, "<title>page:([0-9]+),([0-9]+)\\|charts:([^<]*)</title>");
        Assert.True(title.Success, $"the measuring script did not run; chromium said:\n{dom}");
        var page = new PageWidths(int.Parse(title.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(title.Groups[2].Value, CultureInfo.InvariantCulture));
        List<ChartBox> charts =
        [
            .. WebUtility.HtmlDecode(title.Groups[3].Value)
                .Split(';', StringSplitOptions.RemoveEmptyEntries)
                .Select(chart => chart.Split(','))
                .Select(fields => new ChartBox(fields[0], Number(fields[1]), Number(fields[2]), Number(fields[3]), Number(fields[4]))),
        ];
        return (page, charts);
    }

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static int CountInside(PngImage image, ChartBox box, int colour)
    {
        var count = 0;
        for (var y = (int)box.Top; y < Math.Min(image.Height, box.Top + box.Height); y++)
        {
            for (var x = (int)box.Left; x < Math.Min(image.Width, box.Left + box.Width); x++)
            {
                count += image.Rgb(x, y) == colour ? 1 : 0;
            }
        }
        return count;
    }

    private sealed record PageWidths(int ViewportWidth, int ScrollWidth);

    private sealed record ChartBox(string Id, double Left, double Top, double Width, double Height);
}
