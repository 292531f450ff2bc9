using System.ComponentModel;
using Matching.Api.Http;

namespace Matching.Api.Rounds;

public sealed class RoundAssignmentQuery : PagedQuery
{
    [Description("true: only students with a proposed offer; false: only those without.")]
    public bool? Placed { get; set; }
}
