using System.ComponentModel.DataAnnotations;
using OpenTelemetry.Exporter;

namespace Matching.Api.Telemetry;

/// <summary>Where traces and metrics go besides /metrics (configuration section "Telemetry").</summary>
internal sealed class TelemetryOptions : IValidatableObject
{
    public const string Section = "Telemetry";

    /// <summary>
    /// An OpenTelemetry collector to send traces and metrics to over OTLP, such as http://otel-collector:4317 (grpc) or
    /// http://otel-collector:4318 (http/protobuf); empty: nothing is pushed, and Prometheus scrapes /metrics.
    /// </summary>
    public string OtlpEndpoint { get; set; } = "";

    /// <summary>Grpc or HttpProtobuf.</summary>
    public OtlpExportProtocol OtlpProtocol { get; set; } = OtlpExportProtocol.Grpc;

    /// <summary>The service.name of every span and metric (Prometheus's job label comes from the scrape configuration).</summary>
    [Required]
    [RegularExpression("^[a-z][a-z0-9._-]{0,62}$", ErrorMessage = "Telemetry:ServiceName must be lower case letters, digits, '.', '_' or '-', starting with a letter.")]
    public string ServiceName { get; set; } = "matching";

    public bool ExportsOtlp => OtlpEndpoint.Length > 0;

    /// <summary>The address a signal ("traces", "metrics") is sent to: the endpoint itself for grpc, its v1/{signal} path for http/protobuf.</summary>
    public Uri OtlpEndpointFor(string signal) => OtlpProtocol == OtlpExportProtocol.Grpc
        ? new Uri(OtlpEndpoint)
        : new Uri(new Uri(OtlpEndpoint.TrimEnd('/') + "/"), $"v1/{signal}");

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ExportsOtlp && !IsHttpUrl(OtlpEndpoint))
        {
            yield return new ValidationResult(
                $"Telemetry:OtlpEndpoint '{OtlpEndpoint}' is not an absolute http or https URL such as http://otel-collector:4317; leave it empty to export nothing.",
                [nameof(OtlpEndpoint)]);
        }
    }

    public static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
