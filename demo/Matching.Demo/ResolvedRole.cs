namespace Matching.Demo;

internal sealed record ResolvedRole(DemoRole Role, ResolvedName[] Names, WeightedTable<ResolvedName> NameTable);
