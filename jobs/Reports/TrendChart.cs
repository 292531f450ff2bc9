using System.Globalization;
using System.Text;

namespace Matching.Jobs.Reports;

/// <summary>One sector's weekly demand and supply as two lines in inline SVG, with the gap between them shaded: red where places fall short, green where they are to spare.</summary>
internal static class TrendChart
{
    private const double Width = 400;
    private const double Height = 256;
    private const double Left = 52;
    private const double Right = 386;
    private const double Top = 40;
    private const double Bottom = 204;
    private const double EmptyHeight = 96;

    public static void Render(StringBuilder html, string id, string title, IReadOnlyList<TrendPoint> points, string emptyMessage)
    {
        var height = points.Count == 0 ? EmptyHeight : Height;
        html.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"chart trend\" id=\"{id}\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" role=\"img\" aria-labelledby=\"{id}-title\">");
        html.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{ReportText.Html(title)}</title>");
        if (points.Count == 0)
        {
            html.Append(ReportText.EmptyChart(Width, EmptyHeight, emptyMessage)).Append("</svg>\n");
            return;
        }

        var (top, step) = Scale(points.Max(point => Math.Max(point.Demand, point.Supply)));
        // Each point sits at its own week, so that a week without a snapshot leaves a gap instead of a shorter line.
        var offsets = WeekOffsets(points);
        var span = offsets[^1];
        double X(int i) => span == 0 ? (Left + Right) / 2 : Left + offsets[i] * (Right - Left) / span;
        double Y(int value) => Bottom - Math.Max(0, value) / (double)top * (Bottom - Top);

        Legend(html);
        for (var tick = 0; tick <= top; tick += step)
        {
            var y = C(Y(tick));
            html.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{Left}\" y1=\"{y}\" x2=\"{Right}\" y2=\"{y}\"/>");
            html.Append(CultureInfo.InvariantCulture, $"<text class=\"axis\" x=\"{Left - 6}\" y=\"{C(Y(tick) + 4)}\" text-anchor=\"end\">{ReportText.Count(tick)}</text>");
        }
        html.Append(CultureInfo.InvariantCulture,
            $"<text class=\"axis-title\" transform=\"translate(13 {C((Top + Bottom) / 2)}) rotate(-90)\" text-anchor=\"middle\">studenten / plaatsen</text>");

        // Twelve labels fit; a longer history labels every n-th week, and the last, so that they never overlap.
        var every = (int)Math.Ceiling((span + 1) / 12d);
        for (var i = 0; i < points.Count; i++)
        {
            if ((offsets[i] % every == 0 && span - offsets[i] >= every) || i == points.Count - 1)
            {
                html.Append(CultureInfo.InvariantCulture,
                    $"<text class=\"axis\" x=\"{C(X(i))}\" y=\"{Bottom + 17}\" text-anchor=\"middle\">{ReportText.Html(ReportText.ShortWeek(points[i].IsoWeek))}</text>");
            }
        }
        var range = points.Count == 1 ? points[0].IsoWeek.ToString() : $"{points[0].IsoWeek} t/m {points[^1].IsoWeek}";
        html.Append(CultureInfo.InvariantCulture,
            $"<text class=\"axis-title\" x=\"{C((Left + Right) / 2)}\" y=\"{Bottom + 40}\" text-anchor=\"middle\">ISO-week {ReportText.Html(range)}</text>");

        foreach (var run in Runs(offsets))
        {
            Bands(html, points, run, X, Y);
        }
        // Demand is drawn last, on top: it is the line a coordinator follows.
        Line(html, "supply", "aanbod", ShortfallReportHtml.SupplyColor, points, offsets, point => point.Supply, X, Y);
        Line(html, "demand", "vraag", ShortfallReportHtml.DemandColor, points, offsets, point => point.Demand, X, Y);
        html.Append("</svg>\n");
    }

    /// <summary>
    /// How many weeks each point lies after the first. Points whose weeks do not ascend are placed one step apart in
    /// the order given.
    /// </summary>
    internal static int[] WeekOffsets(IReadOnlyList<TrendPoint> points)
    {
        var inOrder = Enumerable.Range(0, points.Count).ToArray();
        var mondays = points.Select(point => point.IsoWeek.Monday.DayNumber).ToArray();
        var offsets = mondays.Select(monday => (monday - mondays[0]) / 7).ToArray();
        return offsets.Zip(offsets.Skip(1)).All(pair => pair.Second > pair.First) ? offsets : inOrder;
    }

    /// <summary>The runs of consecutive weeks, as index ranges: a missing week ends one run and starts the next.</summary>
    private static IEnumerable<Range> Runs(int[] offsets)
    {
        var start = 0;
        for (var i = 1; i <= offsets.Length; i++)
        {
            if (i == offsets.Length || offsets[i] != offsets[i - 1] + 1)
            {
                yield return start..i;
                start = i;
            }
        }
    }

    /// <summary>
    /// Shades the gap between the lines: red where demand runs ahead of supply, green where places are to spare.
    /// A run of weeks on one side becomes one polygon (demand forwards, supply back), split where the lines cross.
    /// </summary>
    private static void Bands(StringBuilder html, IReadOnlyList<TrendPoint> points, Range run, Func<int, double> x, Func<int, double> y)
    {
        var (first, count) = run.GetOffsetAndLength(points.Count);
        var band = new List<(double X, double Demand, double Supply)>();
        var sign = 0;
        void Flush()
        {
            if (band.Count > 1 && sign != 0)
            {
                var outline = band.Select(p => $"{C(p.X)},{C(p.Demand)}").Concat(Enumerable.Reverse(band).Select(p => $"{C(p.X)},{C(p.Supply)}"));
                var color = sign > 0 ? ShortfallReportHtml.ShortfallColor : ShortfallReportHtml.SurplusColor;
                html.Append(CultureInfo.InvariantCulture,
                    $"<polygon class=\"gap {(sign > 0 ? "short" : "surplus")}\" points=\"{string.Join(' ', outline)}\" fill=\"{color}\" fill-opacity=\"0.12\"/>");
            }
        }

        for (var i = first; i < first + count; i++)
        {
            var point = (X: x(i), Demand: y(points[i].Demand), Supply: y(points[i].Supply));
            var pointSign = Math.Sign(points[i].Demand - points[i].Supply);
            if (pointSign != 0 && sign != 0 && pointSign != sign)
            {
                // The lines cross between this week and the last: both runs end and start at the crossing.
                var previous = band[^1];
                var before = previous.Supply - previous.Demand;
                var t = before / (before - (point.Supply - point.Demand));
                var crossing = previous.X + t * (point.X - previous.X);
                var level = previous.Demand + t * (point.Demand - previous.Demand);
                band.Add((crossing, level, level));
                Flush();
                band = [(crossing, level, level)];
            }
            band.Add(point);
            sign = pointSign != 0 ? pointSign : sign;
        }
        Flush();
    }

    private static void Legend(StringBuilder html)
    {
        html.Append(CultureInfo.InvariantCulture,
            $"<g class=\"legend\"><line x1=\"14\" y1=\"14\" x2=\"32\" y2=\"14\" stroke=\"{ShortfallReportHtml.DemandColor}\" stroke-width=\"3\"/>");
        html.Append("<text x=\"38\" y=\"18\">Vraag (zoekende studenten)</text>");
        html.Append(CultureInfo.InvariantCulture,
            $"<line x1=\"206\" y1=\"14\" x2=\"224\" y2=\"14\" stroke=\"{ShortfallReportHtml.SupplyColor}\" stroke-width=\"3\"/>");
        html.Append("<text x=\"230\" y=\"18\">Aanbod (vrije plaatsen)</text></g>");
    }

    /// <summary>One line per run of consecutive weeks, and a dot on every week: a lone week between gaps is still seen.</summary>
    private static void Line(
        StringBuilder html, string kind, string label, string color, IReadOnlyList<TrendPoint> points, int[] offsets, Func<TrendPoint, int> value,
        Func<int, double> x, Func<int, double> y)
    {
        foreach (var run in Runs(offsets))
        {
            var (first, count) = run.GetOffsetAndLength(points.Count);
            if (count > 1)
            {
                var coordinates = Enumerable.Range(first, count).Select(i => $"{C(x(i))},{C(y(value(points[i])))}");
                html.Append(CultureInfo.InvariantCulture,
                    $"<polyline class=\"line {kind}\" points=\"{string.Join(' ', coordinates)}\" fill=\"none\" stroke=\"{color}\" stroke-width=\"2.5\" stroke-linejoin=\"round\"/>");
            }
        }
        for (var i = 0; i < points.Count; i++)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<circle class=\"{kind}\" cx=\"{C(x(i))}\" cy=\"{C(y(value(points[i])))}\" r=\"3\" fill=\"{color}\"><title>{points[i].IsoWeek}: {label} {ReportText.Count(value(points[i]))}</title></circle>");
        }
    }

    /// <summary>A round axis maximum and tick step (1, 2 or 5 times a power of ten) giving about four gridlines.</summary>
    internal static (int Top, int Step) Scale(int max)
    {
        max = Math.Max(max, 1);
        var rough = max / 4d;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = Math.Max(1, (int)(new[] { 1d, 2d, 5d, 10d }.First(factor => factor * magnitude >= rough) * magnitude));
        return ((int)Math.Ceiling(max / (double)step) * step, step);
    }

    private static string C(double value) => ReportText.Coordinate(value);
}
