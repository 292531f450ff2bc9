using MailKit.Security;

namespace Matching.Jobs.Delivery;

/// <summary>The MailKit socket options for the configured Smtp:Security and port.</summary>
public static class SmtpSecurityChoice
{
    public const int ImplicitTlsPort = 465;

    public static SecureSocketOptions For(SmtpOptions options) => options.Security switch
    {
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.None => SecureSocketOptions.None,
        // The older Smtp:EnableSsl=false still means plain text.
        _ when options.EnableSsl == false => SecureSocketOptions.None,
        // Not MailKit's Auto: its StartTlsWhenAvailable goes on in plain text when STARTTLS is missing from
        // the server's answer, which is just what someone in the middle would strip.
        _ when options.Port == ImplicitTlsPort => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTls,
    };
}
