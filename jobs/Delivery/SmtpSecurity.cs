namespace Matching.Jobs.Delivery;

/// <summary>How the connection to the mail server is encrypted (Smtp:Security).</summary>
public enum SmtpSecurity
{
    /// <summary>Implicit TLS on port 465, required STARTTLS on any other port.</summary>
    Auto,

    /// <summary>TLS from the first byte (implicit TLS, usually port 465).</summary>
    SslOnConnect,

    /// <summary>STARTTLS after the greeting; a server that does not offer it fails the send.</summary>
    StartTls,

    /// <summary>Plain text, for a relay on the same host or a test sink only.</summary>
    None,
}
