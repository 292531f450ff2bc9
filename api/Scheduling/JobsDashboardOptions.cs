using System.ComponentModel.DataAnnotations;

namespace Matching.Api.Scheduling;

/// <summary>The jobs dashboard's sign-in (in configuration section "Jobs", beside the jobs' own settings).</summary>
internal sealed class JobsDashboardOptions
{
    public const string Section = "Jobs";

    /// <summary>How long a sign-in lasts, fixed from the sign-in: using the dashboard does not extend it.</summary>
    [Display(Name = $"{Section}:{nameof(DashboardSessionMinutes)}")]
    [Range(1, 1440)]
    public int DashboardSessionMinutes { get; set; } = 30;
}
