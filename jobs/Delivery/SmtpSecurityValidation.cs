using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Matching.Jobs.Delivery;

/// <summary>Stops the node when Smtp:Security is not one of the names, rather than the first e-mail with a setting nobody meant.</summary>
internal sealed class SmtpSecurityValidation(IConfiguration configuration) : IValidateOptions<SmtpOptions>
{
    public ValidateOptionsResult Validate(string? name, SmtpOptions options) =>
        SmtpOptions.SecurityProblem(configuration[$"{SmtpOptions.Section}:{nameof(SmtpOptions.Security)}"]) is { } problem
            ? ValidateOptionsResult.Fail(problem)
            : ValidateOptionsResult.Success;
}
