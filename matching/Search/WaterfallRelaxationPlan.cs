namespace Matching.Engine.Search;

// A relaxation: which rules it replaces (a bit each) and the replacements, bound with the rest of the plan.
internal sealed class WaterfallRelaxationPlan(ulong replaced, (int Rule, WaterfallRulePlan Plan)[] replacements)
{
    public (int Rule, WaterfallRulePlan Plan)[] Replacements { get; } = replacements;

    // A document that fails only replaced rules, and passes every replacement.
    public bool LetsThrough(ulong failed, int doc, double originDistance)
    {
        if ((failed & ~replaced) != 0)
        {
            return false;
        }

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
