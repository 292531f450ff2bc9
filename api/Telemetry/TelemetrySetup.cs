using Matching.Api.Auth;
using Matching.Jobs.Telemetry;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Matching.Api.Telemetry;

internal static class TelemetrySetup
{
    public const string MetricsPath = "/metrics";

    /// <summary>
    /// Metrics and traces with OpenTelemetry: ASP.NET Core, HttpClient, Npgsql and the runtime, and the service's own
    /// "Matching" meter and spans. Metrics are scraped at /metrics (admin keys only); with Telemetry:OtlpEndpoint set,
    /// traces and metrics are also pushed to that collector.
    /// </summary>
    public static void AddMatchingTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // The exporters are chosen now, while services can still be added; a wrong endpoint adds none and the
        // validation above stops the node with its message.
        var settings = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var otlp = settings.ExportsOtlp && TelemetryOptions.IsHttpUrl(settings.OtlpEndpoint);

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(settings.ServiceName))
            .WithMetrics(metrics =>
            {
                metrics
                    .AddMeter(MatchingTelemetry.Name)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddNpgsqlInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddPrometheusExporter();
                if (otlp)
                {
                    metrics.AddOtlpExporter(exporter => Configure(exporter, settings, "metrics"));
                }
            })
            .WithTracing(tracing =>
            {
                tracing
                    .AddSource(MatchingTelemetry.Name)
                    // Load balancers' health checks and Prometheus's scrapes are not what a trace is read for.
                    // (The instrumentation redacts the values in url.query, where search text and external references travel.)
                    .AddAspNetCoreInstrumentation(options => options.Filter = context =>
                        !context.Request.Path.StartsWithSegments("/health") && !context.Request.Path.StartsWithSegments(MetricsPath))
                    .AddHttpClientInstrumentation()
                    .AddNpgsql()
                    // Before any exporter, which sees the spans after it.
                    .AddProcessor(new TraceScrubbingProcessor());
                if (otlp)
                {
                    tracing.AddOtlpExporter(exporter => Configure(exporter, settings, "traces"));
                }
            });
    }

    /// <summary>
    /// The Prometheus scrape endpoint, on the API's port and behind the API's own authentication: an admin key
    /// (Authorization: Bearer, or X-Api-Key), so that the service's internals are not public.
    /// </summary>
    public static void MapMatchingMetrics(this WebApplication app) =>
        app.MapPrometheusScrapingEndpoint(MetricsPath).RequireAuthorization(Policies.Admin);

    private static void Configure(OpenTelemetry.Exporter.OtlpExporterOptions exporter, TelemetryOptions settings, string signal)
    {
        exporter.Protocol = settings.OtlpProtocol;
        exporter.Endpoint = settings.OtlpEndpointFor(signal);
    }
}
