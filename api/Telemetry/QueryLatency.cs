using System.Diagnostics.Metrics;
using Matching.Jobs.Telemetry;

namespace Matching.Api.Telemetry;

/// <summary>The latency histograms of what this node answers from its indexes: a student's matches, an offer's candidates, a search.</summary>
internal static class QueryLatency
{
    // Sub-millisecond on a small index, tens of milliseconds on the national one: the buckets resolve both, and a p99 alert at 0.5 s.
    private static readonly InstrumentAdvice<double> Buckets = new()
    {
        HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    };

    public static Histogram<double> Create(IMeterFactory meters, string name, string description) =>
        meters.Create(MatchingTelemetry.Name).CreateHistogram(name, "s", description, advice: Buckets);
}
