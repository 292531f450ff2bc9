using System.ComponentModel.DataAnnotations;

namespace Matching.Api.Auth;

/// <summary>The operator's key from configuration (configuration section "Auth"); see <see cref="BootstrapAdminKey"/>.</summary>
internal sealed class AuthOptions : IValidatableObject
{
    public const string Section = "Auth";
    public const int MinimumKeyLength = 32;

    /// <summary>An admin key to issue the first keys with; empty: none.</summary>
    public string BootstrapAdminKey { get; set; } = "";

    // The message never shows the key, only what is wrong with it.
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (BootstrapAdminKey.Length is > 0 and < MinimumKeyLength)
        {
            yield return new ValidationResult(
                $"{Section}:{nameof(BootstrapAdminKey)} must be at least {MinimumKeyLength} characters long.", [nameof(BootstrapAdminKey)]);
        }
    }
}
