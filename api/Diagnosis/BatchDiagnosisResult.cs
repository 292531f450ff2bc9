using System.ComponentModel;

namespace Matching.Api.Diagnosis;

/// <summary>One student's diagnosis, or why there is none.</summary>
public sealed record BatchDiagnosisResult(
    Guid StudentId,
    [property: Description("ok, not_found or forbidden (another school's student).")] string Status,
    [property: Description("The diagnosis (status ok only).")] MatchDiagnosis? Diagnosis);
