using System.ComponentModel.DataAnnotations;

namespace Matching.Jobs.Retention;

/// <summary>
/// The "Retention" configuration section: how long the daily retention job keeps what the service no longer needs.
/// Hangfire's job records have their own period (Jobs:HistoryDays), and so do stored idempotent responses
/// (Idempotency:RetentionHours).
/// </summary>
public sealed class RetentionOptions : IValidatableObject
{
    public const string Section = "Retention";

    /// <summary>
    /// A student is erased this many months after its last activity: the last change to its record or to one of its
    /// placements, and never while one of its placements holds a place (accepted or active).
    /// </summary>
    public int StudentMonths { get; set; } = 12;

    /// <summary>A placement that holds no place (ended, declined, cancelled, or a proposal never answered) is deleted this many months after its last change.</summary>
    public int PlacementMonths { get; set; } = 12;

    /// <summary>An audit row (a company key shown a student) is deleted this many months after the view.</summary>
    public int AuditMonths { get; set; } = 24;

    /// <summary>A finished report delivery (delivered or failed), the delivery log's row, is deleted this many weeks after its last attempt.</summary>
    public int DeliveryWeeks { get; set; } = 26;

    /// <summary>Start-up check: a period of zero or less would erase everything at the next run.</summary>
    public IEnumerable<string> Problems()
    {
        foreach (var (name, value, most) in new (string, int, int)[]
        {
            (nameof(StudentMonths), StudentMonths, 1200), (nameof(PlacementMonths), PlacementMonths, 1200),
            (nameof(AuditMonths), AuditMonths, 1200), (nameof(DeliveryWeeks), DeliveryWeeks, 5200),
        })
        {
            if (value < 1 || value > most)
            {
                yield return $"{Section}:{name} must be between 1 and {most}.";
            }
        }
    }

    IEnumerable<ValidationResult> IValidatableObject.Validate(ValidationContext validationContext) =>
        Problems().Select(problem => new ValidationResult(problem));
}
