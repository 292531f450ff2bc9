using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Matching.Api.Http;

namespace Matching.Api.Shortfalls;

public sealed class RecruitQuery : PagedQuery
{
    [AllowedValues("json", "csv", null)]
    [Description("json or csv; when absent, the Accept header decides (default json). The CSV holds every company of the cell, without paging.")]
    public string? Format { get; set; }
}
