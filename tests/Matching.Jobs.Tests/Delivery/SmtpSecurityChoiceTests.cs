using MailKit.Security;
using Matching.Jobs.Delivery;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Matching.Jobs.Tests.Delivery;

public sealed class SmtpSecurityChoiceTests
{
    [Theory]
    [InlineData(SmtpSecurity.Auto, 465, SecureSocketOptions.SslOnConnect)]
    [InlineData(SmtpSecurity.Auto, 587, SecureSocketOptions.StartTls)]
    [InlineData(SmtpSecurity.Auto, 25, SecureSocketOptions.StartTls)]
    [InlineData(SmtpSecurity.SslOnConnect, 2465, SecureSocketOptions.SslOnConnect)]
    [InlineData(SmtpSecurity.StartTls, 465, SecureSocketOptions.StartTls)]
    [InlineData(SmtpSecurity.None, 465, SecureSocketOptions.None)]
    public void Auto_is_implicit_TLS_on_465_and_required_STARTTLS_elsewhere(SmtpSecurity security, int port, SecureSocketOptions expected)
    {
        var options = new SmtpOptions { Security = security, Port = port };

        var chosen = SmtpSecurityChoice.For(options);

        Assert.Equal(expected, chosen);
    }

    [Theory]
    [InlineData(false, SmtpSecurity.Auto, SecureSocketOptions.None)]
    [InlineData(true, SmtpSecurity.Auto, SecureSocketOptions.StartTls)]
    [InlineData(false, SmtpSecurity.StartTls, SecureSocketOptions.StartTls)]
    public void The_older_EnableSsl_false_still_means_plain_text_unless_Security_says_otherwise(bool enableSsl, SmtpSecurity security, SecureSocketOptions expected)
    {
        var options = new SmtpOptions { EnableSsl = enableSsl, Security = security, Port = 587 };

        var chosen = SmtpSecurityChoice.For(options);

        Assert.Equal(expected, chosen);
    }

    [Theory]
    [InlineData(null, SmtpSecurity.Auto)]
    [InlineData("SslOnConnect", SmtpSecurity.SslOnConnect)]
    [InlineData("starttls", SmtpSecurity.StartTls)]
    [InlineData("None", SmtpSecurity.None)]
    public void Security_is_read_by_name(string? value, SmtpSecurity expected)
    {
        var section = Section(("Security", value));

        var options = section.Get<SmtpOptions>() ?? new SmtpOptions();

        Assert.Null(SmtpOptions.SecurityProblem(section["Security"]));
        Assert.Equal(expected, options.Security);
    }

    [Theory]
    [InlineData("Tls")]
    [InlineData("2")]
    [InlineData("SslOnConnect, StartTls")]
    [InlineData("StartTlsWhenAvailable")]
    public void An_unknown_Security_stops_start_up_naming_the_key(string value)
    {
        var section = Section(("Security", value));

        var problem = SmtpOptions.SecurityProblem(section["Security"]);

        Assert.Equal($"Smtp:Security must be Auto, SslOnConnect, StartTls or None, not '{value}'.", problem);
    }

    [Fact]
    public void A_timeout_below_one_second_stops_start_up()
    {
        var options = Section(("TimeoutSeconds", "0")).Get<SmtpOptions>()!;

        var result = new DataAnnotationValidateOptions<SmtpOptions>(null).Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Smtp:TimeoutSeconds must be at least 1.", result.FailureMessage);
    }

    private static IConfigurationSection Section(params (string Key, string? Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>($"{SmtpOptions.Section}:{s.Key}", s.Value)))
            .Build()
            .GetSection(SmtpOptions.Section);
}
