namespace Matching.Api.Demo;

internal sealed record RoleGrant(ResolvedRole Role, GrantEntry[] Entries);
