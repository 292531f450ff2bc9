using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Matching.Api.Diagnosis;

/// <summary>Diagnoses for many of the calling school's students in one request.</summary>
public sealed record BatchDiagnosisRequest
{
    public const int MaxStudents = 500;

    [Required, MinLength(1), MaxLength(MaxStudents)]
    [Description("Up to 500 student ids of the calling school.")]
    public required IReadOnlyList<Guid> StudentIds { get; init; }
}
