using System.Diagnostics.Metrics;
using Matching.Api.Telemetry;

namespace Matching.Api.OfferSearch;

internal sealed class OfferSearchMetrics(IMeterFactory meters)
{
    public Histogram<double> Duration { get; } = QueryLatency.Create(meters, "matching.search.duration",
        "How long an offer search took on this node's offer index: the query, the facets and the page, after validation.");
}
