using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Matching.Api.Http;

namespace Matching.Api.Students;

public sealed class StudentListQuery : PagedQuery
{
    [AllowedValues("seeking", "placed", "inactive", null)]
    [Description("Only students with this status.")]
    public string? Status { get; set; }

    [Range(10000, 99999)]
    [Description("Only students of this qualification.")]
    public int? Crebo { get; set; }

    [AllowedValues("BOL", "BBL", null)]
    [Description("Only students on this learning path.")]
    public string? LearningPath { get; set; }

    [Range(1000, 9999)]
    [Description("Only students living in this PC4 area.")]
    public int? Pc4 { get; set; }

    [StringLength(64)]
    [Description("Only the student with this external reference.")]
    public string? ExternalRef { get; set; }
}
