using System.ComponentModel;
using Matching.Api.Matches;

namespace Matching.Api.Diagnosis;

/// <summary>Why a student has the matches it has: how many open offers each eligibility rule rules out, and what would add some.</summary>
public sealed record MatchDiagnosis(
    Guid StudentId,
    [property: Description("The qualification the rules were applied on, as in the student's matches.")] MatchQualification Qualification,
    [property: Description("Set when the student's crebo is not current, as in the student's matches.")] MatchNotice? Notice,
    [property: Description("The open offers on this node's index: where the rules start.")] int OpenOffers,
    [property: Description("The rules in the order they are applied; each offer counts for the first rule it fails.")] IReadOnlyList<DiagnosisStep> Rules,
    [property: Description("The offers that pass every rule: the total of the student's matches.")] int Eligible,
    [property: Description("""
        For each change the student could make on its own, the nearest step that makes more offers eligible, with how many:
        distance, later_availability (when availableUntil is set), learning_path (when the qualification is offered on the
        other path) and successor (when SBB has renumbered the qualification). Count 0: none up to the furthest step.
        """)]
    IReadOnlyList<MatchRelaxation> Relaxations);
