using System.ComponentModel;
using Matching.Engine.Search;

namespace Matching.Api.Matches;

/// <summary>
/// A seeking student as a company sees it: pseudonymous, with no school reference, name or exact
/// address, so that the list is blind to who the student is.
/// </summary>
public sealed record Candidate(
    [property: Description("A pseudonym for this student, stable for this offer only.")] string CandidateRef,
    int Crebo,
    int Level,
    string LearningPath,
    [property: Description("The PC4 area the student lives in.")] int Pc4,
    double DistanceKm,
    DateOnly AvailableFrom,
    DateOnly? AvailableUntil,
    [property: Description("The student's own words; a company key sees first names and surnames replaced by [naam].")] string FreeText,
    float Score,
    Explanation? Explanation);
