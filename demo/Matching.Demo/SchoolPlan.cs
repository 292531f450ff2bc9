namespace Matching.Demo;

// Branches is null for a school that teaches every branch.
internal sealed record SchoolPlan(DemoSchool School, string[]? Branches, int Weight);
