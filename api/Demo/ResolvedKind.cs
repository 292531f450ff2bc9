namespace Matching.Api.Demo;

internal sealed record ResolvedKind(DemoCompanyKind Kind, ResolvedRole[] Roles);
