using Matching.Engine.Search;

namespace Matching.Api.Diagnosis;

/// <summary>One step of a relaxation: the rules it replaces, and how to tell the student what it adds.</summary>
internal sealed record RelaxationStep(WaterfallRelaxation Change, Func<int, MatchRelaxation> Describe);
