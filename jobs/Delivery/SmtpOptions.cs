namespace Matching.Jobs.Delivery;

/// <summary>The "Smtp" configuration section. Keep the password in a secret store or the environment (Smtp__Password).</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    /// <summary>The mail server; e-mail deliveries fail (and are retried) while it is not set.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>STARTTLS on the connection (System.Net.Mail does not speak implicit TLS on port 465).</summary>
    public bool EnableSsl { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "";

    public string FromName { get; set; } = "Matching shortfall reports";

    public int TimeoutSeconds { get; set; } = 60;
}
