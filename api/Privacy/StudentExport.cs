using System.ComponentModel;
using Matching.Api.Placements;
using Matching.Jobs.Alerts;
using Matching.Api.Students;

namespace Matching.Api.Privacy;

/// <summary>Everything the service stores on one student.</summary>
public sealed record StudentExport(
    [property: Description("When the export was made.")] DateTimeOffset ExportedAt,
    Student Student,
    [property: Description("Every placement of the student, proposals included, oldest first.")] IReadOnlyList<Placement> Placements,
    [property: Description("Every time a company key was shown the student, oldest first.")] IReadOnlyList<StudentView> Views,
    [property: Description("Every alert for a new offer that the student's school got (or will get) about the student, newest first.")] IReadOnlyList<OfferAlert> Alerts);
