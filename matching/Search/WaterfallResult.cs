namespace Matching.Engine.Search;

/// <summary>What a <see cref="RuleWaterfall"/> counted, on one snapshot.</summary>
/// <param name="Documents">The live documents of the snapshot.</param>
/// <param name="RuledOut">Per rule, in the request's order: the documents whose first failed rule it is.</param>
/// <param name="Passing">The documents that pass every rule (<see cref="Documents"/> minus the sum of <see cref="RuledOut"/>).</param>
/// <param name="Relaxed">Per relaxation, in the request's order: the documents that fail a rule and pass every rule with the relaxation's replacements.</param>
public sealed record WaterfallResult(int Documents, IReadOnlyList<int> RuledOut, int Passing, IReadOnlyList<int> Relaxed);
