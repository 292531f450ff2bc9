using System.ComponentModel.DataAnnotations;

namespace Matching.Api.Validation;

/// <summary>Collects field-level messages; empty means valid.</summary>
internal sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }
        messages.Add(message);
    }

    public void AddIf(bool condition, string field, string message)
    {
        if (condition)
        {
            Add(field, message);
        }
    }

    /// <summary>The messages as a request's IValidatableObject.Validate yields them, so the validation pipeline reports them.</summary>
    public IEnumerable<ValidationResult> ToResults() =>
        _errors.SelectMany(e => e.Value.Select(message => new ValidationResult(message, [e.Key])));

    public Dictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
}
