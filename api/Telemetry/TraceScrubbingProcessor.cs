using System.Diagnostics;
using OpenTelemetry;

namespace Matching.Api.Telemetry;

/// <summary>
/// Keeps traces to what an operator reads them for. A database command outside any traced operation (the index
/// synchronizer's polling every half second, Hangfire's queue polling) would be a trace of its own, many per second, so
/// it is not recorded; inside a request or a job run it is. An outgoing call (a report to a subscriber's webhook) shows
/// only its scheme, host and port: a webhook's path often is its credential.
/// </summary>
internal sealed class TraceScrubbingProcessor : BaseProcessor<Activity>
{
    private const string DatabaseSource = "Npgsql";
    private const string HttpClientSource = "System.Net.Http";

    public override void OnStart(Activity data)
    {
        if (data.Source.Name == DatabaseSource && data.ParentId is null)
        {
            data.IsAllDataRequested = false;
            data.ActivityTraceFlags &= ~ActivityTraceFlags.Recorded;
        }
    }

    public override void OnEnd(Activity data)
    {
        if (data.Source.Name == HttpClientSource && data.GetTagItem("url.full") is string url && Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            data.SetTag("url.full", uri.GetLeftPart(UriPartial.Authority) + "/");
        }
    }
}
