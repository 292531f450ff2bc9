using System.ComponentModel.DataAnnotations;

namespace Matching.Jobs.Delivery;

/// <summary>The "Smtp" configuration section. Keep the password in a secret store or the environment (Smtp__Password).</summary>
public sealed class SmtpOptions : IValidatableObject
{
    public const string Section = "Smtp";

    /// <summary>The mail server; e-mail deliveries fail (and are retried) while it is not set.</summary>
    public string? Host { get; set; }

    [Display(Name = $"{Section}:{nameof(Port)}")]
    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary>Auto: implicit TLS on port 465, STARTTLS (required) on any other; see <see cref="SmtpSecurityChoice"/>.</summary>
    public SmtpSecurity Security { get; set; } = SmtpSecurity.Auto;

    /// <summary>The setting Security replaced: false still means no TLS while Security is Auto.</summary>
    public bool? EnableSsl { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "";

    public string FromName { get; set; } = "Matching tekortrapporten";

    public int TimeoutSeconds { get; set; } = 60;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (TimeoutSeconds < 1)
        {
            yield return new ValidationResult($"{Section}:{nameof(TimeoutSeconds)} must be at least 1.", [nameof(TimeoutSeconds)]);
        }
    }

    /// <summary>
    /// Smtp:Security as configured, checked by name (see <see cref="SmtpSecurityValidation"/>): the enum binding would
    /// also take a number or a comma-separated list.
    /// </summary>
    public static string? SecurityProblem(string? security) =>
        string.IsNullOrWhiteSpace(security) || Enum.GetNames<SmtpSecurity>().Contains(security.Trim(), StringComparer.OrdinalIgnoreCase)
            ? null
            : $"{Section}:{nameof(Security)} must be Auto, SslOnConnect, StartTls or None, not '{security}'.";
}
