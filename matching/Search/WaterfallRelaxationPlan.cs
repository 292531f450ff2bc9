namespace Matching.Engine.Search;

// A relaxation: which rules it replaces (a bit each) and the replacements, bound with the rest of the plan.
internal sealed class WaterfallRelaxationPlan(ulong replaced, (int Rule, WaterfallRulePlan Plan)[] replacements)
{
    public ulong Replaced { get; } = replaced;

    public (int Rule, WaterfallRulePlan Plan)[] Replacements { get; } = replacements;

    public bool PassesReplacements(int doc, double originDistance)
    {
        foreach (var (_, plan) in Replacements)
        {
            if (!plan.Passes(doc, originDistance))
            {
                return false;
            }
        }

        return true;
    }
}
