using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Matching.Api.Matches;

/// <summary>Matches for many of the calling school's students in one request.</summary>
public sealed record BatchMatchRequest
{
    public const int MaxStudents = 500;

    [Required, MinLength(1), MaxLength(MaxStudents)]
    [Description("Up to 500 student ids of the calling school.")]
    public required IReadOnlyList<Guid> StudentIds { get; init; }

    [Range(1, 20)]
    [Description("Top offers per student, 1 to 20 (default 5).")]
    public int Limit { get; init; } = 5;
}
