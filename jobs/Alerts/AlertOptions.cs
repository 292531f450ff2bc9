using System.ComponentModel.DataAnnotations;

namespace Matching.Jobs.Alerts;

/// <summary>The "Alerts" configuration section: alerts to schools when a fitting offer appears for a seeking student.</summary>
public sealed class AlertOptions
{
    public const string Section = "Alerts";

    /// <summary>
    /// The shortest time between two notifications to one school: the alerts found meanwhile wait and go out together.
    /// The first alert after a quiet spell goes out at once.
    /// </summary>
    [Range(1, 1440, ErrorMessage = "Alerts:BatchMinutes must be 1 to 1440 (a day).")]
    public int BatchMinutes { get; set; } = 15;

    /// <summary>
    /// Whether this node looks for alerts in the change sequence after its indexes applied it. One node at a time does
    /// (it holds the alert cursor); turn it off on nodes that should only serve reads.
    /// </summary>
    public bool DetectorEnabled { get; set; } = true;

    /// <summary>How many student matches an offer must be among to alert: the student's top ten.</summary>
    public const int TopMatches = 10;

    public TimeSpan BatchInterval => TimeSpan.FromMinutes(BatchMinutes);
}
