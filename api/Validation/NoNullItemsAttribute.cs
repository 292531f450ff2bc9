using System.Collections;
using System.ComponentModel.DataAnnotations;

namespace Matching.Api.Validation;

/// <summary>A list whose items may not be null: ["nl", null] is malformed, and the rules that look items up expect text.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class NoNullItemsAttribute : ValidationAttribute
{
    public NoNullItemsAttribute() : base("The list may not contain null items.")
    {
    }

    public override bool IsValid(object? value) => value is not IEnumerable items || items.Cast<object?>().All(item => item is not null);
}
