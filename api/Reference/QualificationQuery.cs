using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Matching.Api.Http;

namespace Matching.Api.Reference;

public sealed class QualificationQuery : PagedQuery
{
    [StringLength(100)]
    [Description("Typeahead: words that start words of the name ('verzorg ig'), the dossier ('keuken'), a synonym or abbreviation ('pmk', 'vig'), an ESCO occupation named like it ('magazijn') or its SBB group; or the first digits of a crebo ('251'). Current qualifications first, then name matches before dossier, synonym and group matches, then by name.")]
    public string? Q { get; set; }

    [Range(1, 4)]
    [Description("Only qualifications of this MBO level.")]
    public int? Level { get; set; }

    [StringLength(64)]
    [Description("Only qualifications of this sector (see /v1/sectors).")]
    public string? Sector { get; set; }

    [AllowedValues("BOL", "BBL", null)]
    [Description("Only qualifications offered on this learning path.")]
    public string? LearningPath { get; set; }

    [Description("Only qualifications of today's structure (crebo 25000-27999) when true.")]
    public bool? Current { get; set; }
}
