using System.Diagnostics;

namespace Matching.Jobs.Telemetry;

/// <summary>
/// The name of the service's own meter and activity source, "Matching". Each part of the service creates its instruments
/// where its work happens, on the meter of this name from the host's <see cref="System.Diagnostics.Metrics.IMeterFactory"/>,
/// so that every instrument is exported with one AddMeter and goes away with its host.
/// </summary>
public static class MatchingTelemetry
{
    public const string Name = "Matching";

    /// <summary>Spans of the service's own work outside a request (a job run), which its queries and calls nest under.</summary>
    public static readonly ActivitySource Source = new(Name);
}
