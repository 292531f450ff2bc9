using System.Diagnostics.Metrics;
using Matching.Api.Indexing;
using Matching.Api.Matches;
using Matching.Api.Reference;
using Matching.Api.Students;
using Matching.Api.Telemetry;
using Matching.Engine.Search;
using Microsoft.Extensions.Options;

namespace Matching.Api.Diagnosis;

/// <summary>
/// Explains a student's eligible offers on this node's offer index: the match's eligibility rules in order, each with the
/// open offers it rules out, and the relaxations with the offers they would add, counted by the engine in one pass over
/// the offers that name the student's crebo (or the successor's), with no database read.
/// </summary>
internal sealed class MatchDiagnoser(MatchIndexes indexes, OfferMatcher matcher, ReferenceDataSet reference, QualificationSuccessors successors,
    IOptions<MatchOptions> options, TimeProvider clock, IMeterFactory meters)
{
    private readonly Histogram<double> _duration = QueryLatency.Create(meters, "matching.diagnosis.duration",
        "How long a student's match diagnosis took on this node's offer index (one per student of a batch).");

    public MatchDiagnosis Diagnose(Student student)
    {
        var started = clock.GetTimestamp();
        // The same qualification as the match: an expired crebo is diagnosed as the successor it is matched as.
        var (matchAs, _, qualification, notice) = matcher.MatchedQualification(student);
        var subject = student with { Crebo = matchAs };
        var home = indexes.LocationOf(student.Pc4);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var rules = EligibilityRules.For(subject, home, today, options.Value);
        var ladders = DiagnosisRelaxations.For(subject, home, today, options.Value, reference, successors);
        var result = new RuleWaterfall(indexes.Offers.Snapshot()).Run(new WaterfallRequest
        {
            Rules = rules,
            Relaxations = [.. ladders.SelectMany(ladder => ladder.Steps).Select(step => step.Change)],
            Origin = home,
        });

        var steps = new List<DiagnosisStep>(rules.Count);
        var remaining = result.Documents;
        for (var i = 0; i < rules.Count; i++)
        {
            remaining -= result.RuledOut[i];
            steps.Add(new DiagnosisStep(rules[i].Name, DiagnosisRuleText.Describe(rules[i].Name, subject, qualification, today, options.Value), result.RuledOut[i], remaining));
        }

        var relaxations = new List<MatchRelaxation>(ladders.Count);
        var first = 0;
        foreach (var ladder in ladders)
        {
            var nearest = Enumerable.Range(0, ladder.Steps.Count).FirstOrDefault(k => result.Relaxed[first + k] > 0, ladder.Steps.Count - 1);
            relaxations.Add(ladder.Steps[nearest].Describe(result.Relaxed[first + nearest]));
            first += ladder.Steps.Count;
        }

        _duration.Record(clock.GetElapsedTime(started).TotalSeconds);
        return new MatchDiagnosis(student.Id, qualification, notice, result.Documents, steps, result.Passing, relaxations);
    }
}
