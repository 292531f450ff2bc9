using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Matching.Api.Students;

/// <summary>Up to 10,000 students to insert or update by external reference.</summary>
public sealed record StudentBulkRequest
{
    public const int MaxStudents = 10_000;

    [Required, MaxLength(MaxStudents)]
    [Description("The students; each row is validated on its own, and valid rows are stored even when others are not.")]
    public required IReadOnlyList<StudentRequest?> Students { get; init; }

    [RegularExpression("^[0-9]{2}[A-Z]{2}$", ErrorMessage = "A BRIN code is two digits and two capital letters, e.g. 25LH.")]
    [Description("The school's BRIN code: only an admin key sends it.")]
    public string? SchoolBrin { get; init; }
}
