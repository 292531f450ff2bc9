using Microsoft.Extensions.Configuration;

namespace Matching.Jobs.Delivery;

/// <summary>The "Smtp" configuration section. Keep the password in a secret store or the environment (Smtp__Password).</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    /// <summary>The mail server; e-mail deliveries fail (and are retried) while it is not set.</summary>
    public string? Host { get; set; }

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

    /// <summary>The section's settings, checked at start-up so that a mistyped Security stops the node rather than a send.</summary>
    public static SmtpOptions Read(IConfigurationSection section)
    {
        // Checked by name: the enum binding would also take a number or a comma-separated list.
        var security = section[nameof(Security)];
        if (!string.IsNullOrWhiteSpace(security) && !Enum.GetNames<SmtpSecurity>().Contains(security.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{Section}:{nameof(Security)} must be Auto, SslOnConnect, StartTls or None, not '{security}'.");
        }
        var options = section.Get<SmtpOptions>() ?? new SmtpOptions();
        if (options.TimeoutSeconds < 1)
        {
            throw new InvalidOperationException($"{Section}:{nameof(TimeoutSeconds)} must be at least 1.");
        }
        return options;
    }
}
