namespace Matching.Demo;

internal sealed record ResolvedBranch(
    DemoBranch Branch,
    ResolvedRole[] Roles,
    WeightedTable<ResolvedRole> RoleTable,
    WeightedTable<ResolvedKind> KindTable);
