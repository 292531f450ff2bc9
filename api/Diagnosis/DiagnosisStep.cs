using System.ComponentModel;

namespace Matching.Api.Diagnosis;

/// <summary>One eligibility rule of a diagnosis, with the open offers it rules out.</summary>
public sealed record DiagnosisStep(
    [property: Description("crebo, accreditation, learning_path, level, period, free_place or distance.")] string Rule,
    [property: Description("What an offer must do to pass the rule, for this student.")] string Description,
    [property: Description("The offers that passed the rules before this one and fail this one.")] int RuledOut,
    [property: Description("The offers that pass this rule and every rule before it.")] int Remaining);
