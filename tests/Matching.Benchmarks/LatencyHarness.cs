using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Matching.Api.Indexing;
using Matching.Engine.Index;
using Matching.Engine.Search;

namespace Matching.Benchmarks;

/// <summary>
/// What BenchmarkDotNet's iteration statistics cannot give: per-query latency percentiles over 10,000 random
/// queries of each kind, timed one by one on one thread, and the memory of the indexes (managed heap after a
/// full collection, before and after each build) per posting. Writes a markdown report.
/// </summary>
internal static class LatencyHarness
{
    public const int QueryCount = 10_000;
    public const string OperationVariable = "MATCHING_BENCH_OPERATION";
    internal const int WarmupQueries = 1_000;

    public static string Run(string resultsDirectory)
    {
        var data = BenchData.Current;
        data.ForgetIndexes();
        var before = HeapAfterFullCollection();

        var indexes = new MatchIndexes(data.Reference);
        var offersBuild = Timed(() => MatchIndexLoader.LoadOffersAsync(indexes, data.OfferRows.ToAsyncEnumerable()).GetAwaiter().GetResult());
        var afterOffers = HeapAfterFullCollection();

        var studentsBuild = Timed(() => MatchIndexLoader.LoadStudentsAsync(indexes, data.StudentRows.ToAsyncEnumerable()).GetAwaiter().GetResult());
        var afterStudents = HeapAfterFullCollection();
        data.KeepIndexes(indexes);

        var workload = new QueryWorkload(data, indexes, QueryCount);
        var operations = workload.Operations;
        foreach (var operation in operations.Values)
        {
            for (var i = 0; i < WarmupQueries; i++)
            {
                operation(i);
            }
        }

        // MATCHING_BENCH_OPERATION=match|candidates|search|search-filters times only that one, e.g. under a profiler.
        var only = Environment.GetEnvironmentVariable(OperationVariable);
        var loadBefore = LoadAverage();
        (Latency Wall, Latency Cpu) MeasureIfAsked(string name) => only is null || only == name ? Measure(operations[name]) : default;
        var match = MeasureIfAsked("match");
        var candidates = MeasureIfAsked("candidates");
        var search = MeasureIfAsked("search");
        var filtered = MeasureIfAsked("search-filters");
        var loadAfter = LoadAverage();

        var report = new StringBuilder();
        var scale = data.Scale.Name;
        report.AppendLine(CultureInfo.InvariantCulture, $"# Engine benchmarks, {scale} scale");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture,
            $"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, " +
            $"{RuntimeInformation.ProcessArchitecture}. Queries run on one thread; the index build analyzes on all cores.");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture,
            $"Dataset (generated in memory by DemoDataGenerator in {data.Generation.TotalSeconds:0.0} s): {data.Dataset.Students.Count:N0} students " +
            $"({data.StudentRows.Length:N0} seeking, indexed), {data.Dataset.Offers.Count:N0} offers (all open, indexed), {data.Dataset.Companies.Count:N0} companies, " +
            $"{data.Reference.Regions.Count} labour-market regions.");
        report.AppendLine();
        report.AppendLine("## Index build and memory");
        report.AppendLine();
        report.AppendLine("| index | documents | build (wall / process CPU) | allocated by the build | segments | text postings | keyword postings | managed heap | bytes per text posting | bytes per posting (text + keyword) |");
        report.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        AppendIndex(report, "offers", indexes.Offers.Snapshot(), offersBuild, afterOffers - before);
        AppendIndex(report, "students", indexes.Students.Snapshot(), studentsBuild, afterStudents - afterOffers);
        report.AppendLine();
        report.AppendLine("Managed heap: `GC.GetTotalMemory(true)` after the build minus before it. Target: at most 40 bytes per posting.");
        report.AppendLine();
        AppendMemoryByPart(report, indexes.Offers.Snapshot(), indexes.Students.Snapshot());
        report.AppendLine(CultureInfo.InvariantCulture, $"## Query latency ({QueryCount:N0} random queries each, after {WarmupQueries:N0} warm-up queries)");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture,
            $"Load average (1 min) before and after the queries: {loadBefore} and {loadAfter}, on {Environment.ProcessorCount} cores. Wall-clock time includes the time other");
        report.AppendLine("processes held the core; CPU time (the thread's own, CLOCK_THREAD_CPUTIME_ID) does not, so it is the fairer figure on a busy machine.");
        report.AppendLine();
        AppendLatencyTable(report, "Wall-clock", match.Wall, candidates.Wall, search.Wall, filtered.Wall);
        if (ThreadCpuClock.IsAvailable)
        {
            AppendLatencyTable(report, "CPU time", match.Cpu, candidates.Cpu, search.Cpu, filtered.Cpu);
        }

        report.AppendLine("The targets are set for the national scale on a 2-core machine. The fingerprint hashes every answer (totals, ids, scores to the bit,");
        report.AppendLine("distances, facets): equal fingerprints on two engine versions mean equal answers to all 10,000 queries.");
        report.AppendLine();
        report.AppendLine("Search with text and filters: the words of a random offer's title, with that offer's region, learning path and one of its");
        report.AppendLine("levels, as a portal's search page sends them, counted for the four facets.");
        Directory.CreateDirectory(resultsDirectory);
        var path = Path.Combine(resultsDirectory, $"engine-{scale}.md");
        File.WriteAllText(path, report.ToString());
        Console.WriteLine(report);
        Console.WriteLine($"Written to {Path.GetFullPath(path)}");
        return path;
    }

    internal static (Latency Wall, Latency Cpu) Measure(Func<int, SearchResults> operation)
    {
        var wall = new double[QueryCount];
        var cpu = new double[QueryCount];
        var hits = new int[QueryCount];
        using var fingerprint = new ResultsFingerprint();
        for (var i = 0; i < QueryCount; i++)
        {
            var startedCpu = ThreadCpuClock.Nanoseconds();
            var started = Stopwatch.GetTimestamp();
            var results = operation(i);
            wall[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            cpu[i] = (ThreadCpuClock.Nanoseconds() - startedCpu) / 1e6;
            hits[i] = results.TotalHits;
            fingerprint.Add(results);
        }

        var value = fingerprint.Value();
        return (Latency.Of(wall, hits, value), Latency.Of(cpu, hits, value));
    }

    // Nearest rank on the sorted sample.
    private static double Percentile(double[] sorted, int percentile) =>
        sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static long HeapAfterFullCollection()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    // Wall-clock, the whole process's CPU time (the build analyzes on every core) and the bytes allocated meanwhile.
    private static (TimeSpan Wall, TimeSpan Cpu, long Allocated) Timed(Action build)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var started = Stopwatch.GetTimestamp();
        build();
        var wall = Stopwatch.GetElapsedTime(started);
        process.Refresh();
        return (wall, process.TotalProcessorTime - cpu, GC.GetTotalAllocatedBytes(precise: true) - allocated);
    }

    private static void AppendIndex(StringBuilder report, string name, IndexSnapshot snapshot, (TimeSpan Wall, TimeSpan Cpu, long Allocated) build, long bytes)
    {
        var text = snapshot.TextPostingCount;
        var keyword = snapshot.KeywordPostingCount;
        report.AppendLine(CultureInfo.InvariantCulture,
            $"| {name} | {snapshot.Count:N0} | {build.Wall.TotalSeconds:0.0} s / {build.Cpu.TotalSeconds:0.0} s | {build.Allocated / 1073741824.0:0.0} GiB " +
            $"| {snapshot.SegmentCount} | {text:N0} | {keyword:N0} | {bytes / 1048576.0:N1} MiB | {bytes / (double)text:0.0} | {bytes / (double)(text + keyword):0.0} |");
    }

    // Where the heap goes: each part's estimate (IndexSnapshot.MemoryByPart) in MiB and in bytes a text posting.
    private static void AppendMemoryByPart(StringBuilder report, IndexSnapshot offers, IndexSnapshot students)
    {
        report.AppendLine("Where it goes, estimated from the structures' sizes (`IndexSnapshot.MemoryByPart`), in MiB and bytes a text posting:");
        report.AppendLine();
        report.AppendLine("| part | offers | students |");
        report.AppendLine("| --- | ---: | ---: |");
        var offerParts = offers.MemoryByPart().ToDictionary();
        var studentParts = students.MemoryByPart().ToDictionary();
        foreach (var part in offerParts.Keys.Union(studentParts.Keys))
        {
            report.AppendLine(CultureInfo.InvariantCulture,
                $"| {part} | {Share(offerParts.GetValueOrDefault(part), offers)} | {Share(studentParts.GetValueOrDefault(part), students)} |");
        }

        report.AppendLine(CultureInfo.InvariantCulture,
            $"| all parts | {Share(offerParts.Values.Sum(), offers)} | {Share(studentParts.Values.Sum(), students)} |");
        report.AppendLine(CultureInfo.InvariantCulture,
            $"| the text postings with their forward index and impacts (issue 15, item 3: at most 6 bytes a posting) " +
            $"| {Share(TextPostingsBytes(offerParts), offers)} | {Share(TextPostingsBytes(studentParts), students)} |");
        report.AppendLine();
        report.AppendLine("The rest of the heap grows with the documents, not the postings: ids, locations, keyword and numeric values.");
        report.AppendLine();

        static long TextPostingsBytes(Dictionary<string, long> parts) =>
            parts.Where(part => part.Key.StartsWith("text", StringComparison.Ordinal) || part.Key is "forward index" or "impact blocks").Sum(part => part.Value);

        static string Share(long bytes, IndexSnapshot snapshot) =>
            string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:N1} ({bytes / (double)snapshot.TextPostingCount:0.00})");
    }

    // The targets are issue 15's where it set one (match, candidates, search with text and filters), else the first round's.
    private static void AppendLatencyTable(StringBuilder report, string clock, Latency match, Latency candidates, Latency search, Latency filtered)
    {
        report.AppendLine(CultureInfo.InvariantCulture, $"| operation ({clock.ToLowerInvariant()}) | mean | p50 | p95 | p99 | max | mean total hits | of the slowest 1% | results fingerprint | target |");
        report.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |");
        AppendLatency(report, "match: offers for a student", match, "p50 <= 0.15 ms, p99 <= 1 ms", match.P50 <= 0.15 && match.P99 <= 1);
        AppendLatency(report, "candidates for an offer", candidates, "p99 <= 3 ms", candidates.P99 <= 3);
        AppendLatency(report, "search with facets", search, "p50 <= 2 ms, p99 <= 10 ms", search.P50 <= 2 && search.P99 <= 10);
        AppendLatency(report, "search with text and filters, with facets", filtered, "p99 <= 5 ms", filtered.P99 <= 5);
        report.AppendLine();
    }

    private static void AppendLatency(StringBuilder report, string name, Latency latency, string target, bool met) =>
        report.AppendLine(CultureInfo.InvariantCulture,
            $"| {name} | {latency.Mean:0.000} ms | {latency.P50:0.000} ms | {latency.P95:0.000} ms | {latency.P99:0.000} ms | {latency.Max:0.000} ms " +
            $"| {latency.MeanHits:N0} | {latency.SlowestHits:N0} | `{latency.Fingerprint}` | {target}: {(met ? "met" : "not met")} |");

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    // SlowestHits: the mean total hits of the slowest 1% of the queries, which shows what makes a query slow.
    internal readonly record struct Latency(
        double Mean, double P50, double P95, double P99, double Max, double MeanHits, double SlowestHits, string Fingerprint)
    {
        public static Latency Of(double[] milliseconds, int[] hits, string fingerprint)
        {
            var sorted = milliseconds.ToArray();
            var byTime = hits.ToArray();
            Array.Sort(sorted, byTime);
            var slowest = byTime[^Math.Max(1, byTime.Length / 100)..];
            return new Latency(sorted.Average(), Percentile(sorted, 50), Percentile(sorted, 95), Percentile(sorted, 99),
                sorted[^1], hits.Average(), slowest.Average(), fingerprint);
        }
    }
}
