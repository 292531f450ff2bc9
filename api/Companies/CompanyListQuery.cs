using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Matching.Api.Http;

namespace Matching.Api.Companies;

public sealed class CompanyListQuery : PagedQuery
{
    [StringLength(64)]
    [Description("Only companies of this sector.")]
    public string? Sector { get; set; }

    [RegularExpression("^[0-9]{8}$", ErrorMessage = "A KvK number is exactly 8 digits.")]
    [Description("Only the company with this KvK number.")]
    public string? Kvk { get; set; }
}
