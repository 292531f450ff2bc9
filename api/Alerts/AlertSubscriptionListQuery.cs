using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Matching.Api.Http;

namespace Matching.Api.Alerts;

public sealed class AlertSubscriptionListQuery : PagedQuery
{
    [RegularExpression("^[0-9]{2}[A-Z]{2}$", ErrorMessage = "A BRIN code is two digits and two capital letters, e.g. 25LH.")]
    [Description("Only the subscription of this school (a school key sees only its own anyway).")]
    public string? SchoolBrin { get; set; }
}
