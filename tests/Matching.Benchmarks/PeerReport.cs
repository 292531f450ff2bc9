using System.Globalization;
using System.Text;
using BenchmarkDotNet.Reports;
using Matching.Tests.LucenePeer;

namespace Matching.Benchmarks;

/// <summary>
/// Writes lucene-peer.md from a run of <see cref="PeerBenchmarks"/>: per shape both engines' time per query, the ratio
/// Lucene.Net / engine against the issue's target, and whether the two answered every query alike.
/// </summary>
internal static class PeerReport
{
    public const string FileName = "lucene-peer.md";

    // Issue 15's targets, in Lucene.Net units: how many times faster than Lucene.Net the engine must be.
    private static readonly (PeerShape Shape, string Name, string Query, double? Target)[] Shapes =
    [
        (PeerShape.PlainBm25, "plain BM25, exact totals", "2-4 should terms", 2.1),
        (PeerShape.FilterDrivenOptionalText, "filter-driven, optional text", "keyword and range filters, 1-3 should terms, minimumShouldMatch 0", 3.6),
        (PeerShape.RequiredTextWithFilters, "required text with filters", "1-2 must terms, keyword and range filters", 4.5),
        (PeerShape.BooleanMix, "phrase-free boolean", "1-2 must, 1-2 should and 1 must-not term", null),
        (PeerShape.PlainBm25LowerBoundTotals, "plain BM25, top 10, totals may be a lower bound",
            $"2-4 should terms; the engine counts {EngineCorpusIndex.TotalHitsThreshold:N0} matches exactly, Lucene.Net all", 8.5),
    ];

    /// <summary>Writes the report when <paramref name="summaries"/> hold a run of the comparison; returns its path or null.</summary>
    public static string? WriteIfRan(IEnumerable<Summary> summaries, string resultsDirectory, string command, string loadBefore)
    {
        var summary = summaries.FirstOrDefault(s => s.BenchmarksCases.Any(c => c.Descriptor.Type == typeof(PeerBenchmarks)));
        if (summary is null)
        {
            return null;
        }

        var data = PeerBenchData.Current;
        var corpus = data.Corpus;
        var report = new StringBuilder();
        report.AppendLine("# Our engine and Lucene.Net on the same corpus and queries");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture,
            $"`{command}` on {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC: BenchmarkDotNet in process, a short job of {PeerConfig.WarmupCount} warm-up " +
            $"and {PeerConfig.IterationCount} measured iterations per case, timed by {PeerConfig.ClockTitle}, on {Environment.ProcessorCount} cores " +
            $"shared with other work (1-minute load average {loadBefore} before and {LatencyHarness.LoadAverage()} after). The thread's CPU time " +
            $"leaves out the time other processes held the core, not what they do to the caches: figures still vary between runs.");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture,
            $"Corpus (tests/LucenePeer, generated in {data.Generation.TotalSeconds:0.0} s): {corpus.Documents.Count:N0} documents (seed {corpus.Seed}) of " +
            $"4-120 body terms, {corpus.Tokens:N0} in all, drawn by Zipf's law from {corpus.Vocabulary.Count:N0} terms; a keyword of {corpus.Sectors.Count} " +
            $"values (Zipf too) and a number from 0 to {PeerCorpus.NumberCount - 1:N0}. Both sides index exactly these terms in one segment: the engine " +
            $"through SearchIndex ({data.EngineBuild.TotalSeconds:0.0} s), Lucene.Net 4.8.0-beta00018 through its whitespace tokenizer into an MMapDirectory " +
            $"({data.LuceneBuild.TotalSeconds:0.0} s), scoring with Lucene 9's BM25 (tests/LucenePeer/Lucene9Bm25Similarity.cs, as LuceneNetPeerTests does).");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture,
            $"Queries: {PeerBenchData.QueriesPerShape} per shape (seed {corpus.Seed + 1}), top {PeerBenchData.Top} with the exact total, except in the last shape, " +
            $"plain BM25's queries again, where the engine's request has TotalHitsThreshold = {EngineCorpusIndex.TotalHitsThreshold:N0} (Lucene's default): it counts that many matches " +
            $"exactly and then skips documents that cannot enter the top {PeerBenchData.Top} (MaxScore over per-block impacts), so its total is a lower bound. " +
            $"Lucene.Net 4.8 has no such mode and runs the same search as for exact totals. Lucene.Net runs " +
            $"`IndexSearcher.Search(query, {PeerBenchData.Top})`, whose total is always exact, on a BooleanQuery of TermQuerys; its filters are required " +
            $"ConstantScoreQuery clauses of boost 0 (a TermQuery on the keyword's StringField, a NumericRangeQuery on an Int32Field), since 4.8 has " +
            $"no FILTER occur. Times are per query: one operation runs every query of its shape once.");
        report.AppendLine();
        report.AppendLine("| shape | queries | mean total hits | engine | Lucene.Net | Lucene.Net / engine | target | verdict | allocated per query (engine / Lucene.Net) | same total, top 10 and scores |");
        report.AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | --- |");
        foreach (var (shape, name, query, target) in Shapes)
        {
            var workload = data.Workloads[shape];
            var engine = Find(summary, shape, nameof(PeerBenchmarks.Engine));
            var lucene = Find(summary, shape, nameof(PeerBenchmarks.LuceneNet));
            var ratio = engine?.ResultStatistics is { } e && lucene?.ResultStatistics is { } l ? l.Mean / e.Mean : (double?)null;
            var verdict = target is null ? "" : ratio is null ? "not measured" : ratio >= target ? "met" : "**not met**";
            var agreeing = workload.Queries.Length - workload.Differences.Count;
            var totals = workload.MeanEngineTotalHits == workload.MeanTotalHits
                ? $"{workload.MeanTotalHits:N0}"
                : $"{workload.MeanTotalHits:N0} (engine's lower bound {workload.MeanEngineTotalHits:N0})";
            report.AppendLine(CultureInfo.InvariantCulture,
                $"| {name} | {query} | {totals} | {Time(engine)} | {Time(lucene)} | {(ratio is null ? "n/a" : $"{ratio:0.00}x")} " +
                $"| {(target is null ? "none" : $">= {target:0.0}x")} | {verdict} | {Allocated(engine)} / {Allocated(lucene)} | {agreeing} of {workload.Queries.Length} |");
        }

        report.AppendLine();
        report.AppendLine("In the last row \"same\" means the same top 10 and scores to the bit, and a total that is Lucene.Net's exact one or, marked as a " +
            $"lower bound, above {EngineCorpusIndex.TotalHitsThreshold:N0} and at most Lucene.Net's.");
        foreach (var (shape, name, _, _) in Shapes)
        {
            foreach (var difference in data.Workloads[shape].Differences.Take(5))
            {
                report.AppendLine();
                report.AppendLine(CultureInfo.InvariantCulture, $"- {name}, answers differ: `{difference}`");
            }
        }

        Directory.CreateDirectory(resultsDirectory);
        var path = Path.Combine(resultsDirectory, FileName);
        File.WriteAllText(path, report.ToString());
        Console.WriteLine(report);
        Console.WriteLine($"Written to {Path.GetFullPath(path)}");
        return path;
    }

    private static BenchmarkReport? Find(Summary summary, PeerShape shape, string method) => summary.Reports.FirstOrDefault(report =>
        report.BenchmarkCase.Descriptor.WorkloadMethod.Name == method
        && Equals(report.BenchmarkCase.Parameters[nameof(PeerBenchmarks.Shape)], shape));

    private static string Time(BenchmarkReport? report) => report?.ResultStatistics is { } statistics
        ? string.Create(CultureInfo.InvariantCulture, $"{statistics.Mean / 1e6:0.000} ms ± {statistics.ConfidenceInterval.Margin / 1e6:0.000}")
        : "n/a";

    private static string Allocated(BenchmarkReport? report) =>
        report?.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) is { } bytes ? $"{bytes / 1024.0:N1} KiB" : "n/a";
}
