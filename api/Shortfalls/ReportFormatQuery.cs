using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Matching.Api.Shortfalls;

public sealed class ReportFormatQuery
{
    [AllowedValues("json", "csv", "html", null)]
    [Description("json, csv or html; when absent, the Accept header decides, quality values included (default json; 406 when it accepts none of them).")]
    public string? Format { get; set; }
}
