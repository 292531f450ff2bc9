namespace Matching.Demo;

internal sealed record ResolvedKind(DemoCompanyKind Kind, ResolvedRole[] Roles);
