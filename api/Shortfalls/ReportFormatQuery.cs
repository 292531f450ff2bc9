using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Matching.Api.Shortfalls;

public sealed class ReportFormatQuery
{
    [AllowedValues("json", "csv", "html", null)]
    [Description("json, csv or html; when absent, the Accept header decides (default json).")]
    public string? Format { get; set; }
}
